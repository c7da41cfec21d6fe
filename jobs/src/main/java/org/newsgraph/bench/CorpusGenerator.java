package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.newsgraph.ingest.ArticleParser;
import org.newsgraph.model.Article;

/**
 * Generates a reproducible news-like corpus (fixed seed) from the sentences of a few real articles:
 * each document takes 12–30 of those sentences and substitutes other people, countries (with their
 * demonyms, from CoreNLP's demonym list), cities and dates, so entity, statement and co-occurrence
 * statistics stay realistic while the text varies. Headers follow the seeds' layouts (title, date line,
 * dateline).
 */
public final class CorpusGenerator {
  private static final String[] GIVEN = {"Amara", "Lukas", "Mei", "Rafael", "Ingrid", "Tomasz", "Aiko", "Omar",
      "Svetlana", "Diego", "Nadia", "Kwame", "Elif", "Bruno", "Priya", "Jonas", "Leila", "Mateo", "Yuki", "Farid"};
  private static final String[] FAMILY = {"Okafor", "Lindqvist", "Tanaka", "Moreno", "Kowalski", "Haddad", "Petrova",
      "Mensah", "Demir", "Costa", "Sharma", "Becker", "Nakamura", "Rahimi", "Silva", "Novak", "Adeyemi", "Jensen",
      "Castillo", "Kaya"};
  private static final String[] CITIES = {"Nairobi", "Lisbon", "Hanoi", "Lima", "Oslo", "Accra", "Manila", "Warsaw",
      "Quito", "Tunis", "Dhaka", "Riga", "Santiago", "Rabat", "Seoul", "Tbilisi"};
  private static final String[] COUNTRIES = {"Kenya", "Portugal", "Vietnam", "Peru", "Norway", "Ghana", "Philippines",
      "Poland", "Ecuador", "Tunisia", "Bangladesh", "Latvia", "Chile", "Morocco", "Georgia", "Brazil", "Egypt",
      "Indonesia", "Mexico", "Turkey"};
  private static final String[] AGENCIES = {"Xinhua", "Reuters", "AFP", "TASS"};

  private final Random random;
  private final List<String> sentences = new ArrayList<>();
  private final Map<String, String> demonyms;

  public CorpusGenerator(Path seeds, long seed, Map<String, String> countryToDemonym) throws IOException {
    this.random = new Random(seed);
    this.demonyms = countryToDemonym;
    ArticleParser parser = new ArticleParser();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        Article a = parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).article();
        if (a != null) {
          for (String s : a.body().split("(?<=[.!?])\\s+(?=[A-Z])|\\n+")) {
            if (s.strip().length() > 40) {
              sentences.add(s.strip());
            }
          }
        }
      }
    }
  }

  /** Writes documents until {@code targetBytes} are written; returns {documents, bytes}. */
  public long[] generate(Path out, long targetBytes) throws IOException {
    Files.createDirectories(out);
    long bytes = 0;
    int n = 0;
    while (bytes < targetBytes) {
      byte[] doc = document().getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(String.format(Locale.ROOT, "doc-%06d.txt", n++)), doc);
      bytes += doc.length;
    }
    return new long[] {n, bytes};
  }

  String document() {
    String countryA = pick(COUNTRIES);
    String countryB = pick(COUNTRIES);
    while (countryB.equals(countryA)) {
      countryB = pick(COUNTRIES);
    }
    String[] leaderA = {pick(GIVEN), pick(FAMILY)};
    String[] leaderB = {pick(GIVEN), pick(FAMILY)};
    String[] minister = {pick(GIVEN), pick(FAMILY)};
    String city = pick(CITIES);
    Map<String, String> sub = new LinkedHashMap<>();
    sub.put("Kassym-Jomart Tokayev", leaderB[0] + " " + leaderB[1]);
    sub.put("Kazak Tokayev", leaderB[0] + " " + leaderB[1]);
    sub.put("Xi Jinping", leaderA[0] + " " + leaderA[1]);
    sub.put("Wang Qishan", minister[0] + " " + minister[1]);
    sub.put("Wang Yi", minister[0] + " " + minister[1]);
    sub.put("Han Zheng", minister[0] + " " + minister[1]);
    sub.put("Emomali Rahmon", leaderB[0] + " " + leaderB[1]);
    sub.put("Tokayev", leaderB[1]);
    sub.put("Rahmon", leaderB[1]);
    sub.put("Xi", leaderA[1]);
    sub.put("Wang", minister[1]);
    sub.put("Han", minister[1]);
    sub.put("Kazakhstan", countryB);
    sub.put("Tajikistan", countryB);
    sub.put("China", countryA);
    sub.put("Chinese", demonyms.getOrDefault(countryA, countryA));
    sub.put("Kazakh", demonyms.getOrDefault(countryB, countryB));
    sub.put("Tajik", demonyms.getOrDefault(countryB, countryB));
    sub.put("Astana", city);
    sub.put("Beijing", city);
    sub.put("Xian", city);
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
    StringBuilder sb = new StringBuilder();
    sb.append(" date ").append(date).append(' ').append(leaderA[1]).append(" meets ")
        .append(demonyms.getOrDefault(countryB, countryB)).append(" leader on bilateral ties\n\n");
    sb.append(city.toUpperCase(Locale.ROOT)).append(", ")
        .append(date.minusDays(1).format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)))
        .append(" (").append(pick(AGENCIES)).append(") -- ");
    int count = 12 + random.nextInt(19);
    for (int i = 0; i < count; i++) {
      sb.append(substitute(sentences.get(random.nextInt(sentences.size())), sub)).append("\n\n");
    }
    return sb.toString();
  }

  private static String substitute(String s, Map<String, String> sub) {
    String out = s;
    for (Map.Entry<String, String> e : sub.entrySet()) {
      out = out.replaceAll("\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b",
          java.util.regex.Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
