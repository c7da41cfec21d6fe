package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.util.Lexicon;

/**
 * "the Freedonian navy", "Sylvania's health ministry", "the Freedonian military": a lower-case head of
 * {@code national-bodies.tsv} right after a place (its demonym or a country name after "the", or the place's
 * possessive) names one body of that place. It becomes an organisation mention over the head (and its modifiers,
 * "defence ministry"), named after the place ("Freedonian Navy", "Sylvanian Health Ministry"); the place keeps its own
 * mention. Not a body: a head that modifies a noun after it ("the Freedonian navy ship", "the army chief"), or
 * one without "the" or a possessive ("Freedonian navy ships").
 */
final class NationalBodies {
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
  private static final int MAX_MODIFIERS = 2;

  /** Head words → whether modifiers may stand before the head. */
  private final Map<List<String>, Boolean> heads = new HashMap<>();
  private final Gazetteer gazetteer;

  NationalBodies(Gazetteer gazetteer) {
    this(gazetteer, Lexicon.lines("/org/newsgraph/entities/national-bodies.tsv"));
  }

  NationalBodies(Gazetteer gazetteer, List<String> lines) {
    this.gazetteer = gazetteer;
    for (String line : lines) {
      String[] f = line.split("\t");
      List<String> words = Arrays.asList(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
      heads.put(List.copyOf(words), f.length > 1 && f[1].strip().equals("modified"));
    }
  }

  /**
   * The bodies of one sentence, given the sentence's mention drafts after demonyms are resolved (a demonym is a
   * LOCATION draft with its place as canonical name) and the texts of the document's place drafts
   * ({@code places}: a draft with one of them is a place, even where the tagger called a place's possessive an
   * organisation); drafts that overlap one of them are not returned.
   */
  List<MentionDraft> find(List<MentionDraft> drafts, List<Token> tokens, int idx, String body, Set<String> places) {
    List<MentionDraft> out = new ArrayList<>();
    for (MentionDraft place : drafts) {
      if (!places.contains(place.text)) {
        continue;
      }
      int k = place.lastToken + 1;
      boolean possessive = k < tokens.size() && POSSESSIVE.contains(tokens.get(k).word());
      if (possessive) {
        k++;
      } else if (place.firstToken == 0 || !tokens.get(place.firstToken - 1).word().equalsIgnoreCase("the")) {
        continue;
      }
      MentionDraft d = bodyAt(tokens, k, idx, body);
      if (d == null || drafts.stream().anyMatch(d::overlaps) || out.stream().anyMatch(d::overlaps)) {
        continue;
      }
      d.type = EntityType.ORGANIZATION;
      d.canonical = placeWord(place) + " " + DocumentResolver.titleCase(d.text.replaceAll("\\s+", " "));
      d.resolution = Resolution.NATIONAL_BODY;
      out.add(d);
    }
    return out;
  }

  /** The head (after up to two modifiers where it takes them) that starts at token {@code k}, or null. */
  private MentionDraft bodyAt(List<Token> tokens, int k, int idx, String body) {
    for (int m = 0; m <= MAX_MODIFIERS; m++) {
      if (m > 0 && !modifier(tokens, k + m - 1)) {
        return null;
      }
      for (Map.Entry<List<String>, Boolean> h : heads.entrySet()) {
        List<String> words = h.getValue() || m == 0 ? h.getKey() : null;
        int last = words == null ? -1 : k + m + words.size() - 1;
        if (last < 0 || last >= tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int w = 0; w < words.size() && match; w++) {
          match = tokens.get(k + m + w).word().equals(words.get(w));
        }
        if (match && !beforeANoun(tokens, last)) {
          return MentionFinder.draft(tokens, idx, k, last, EntityType.ORGANIZATION, body);
        }
      }
    }
    return null;
  }

  /** A lower-case noun or adjective of letters that may qualify a head ("defence", "foreign", "unification"). */
  private static boolean modifier(List<Token> tokens, int t) {
    if (t >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(t);
    return token.word().matches("\\p{Ll}+") && token.pos() != null && token.pos().matches("NN|NNS|JJ");
  }

  /** A lower-case noun right after the head, which the head then modifies ("the army chief", "the navy ship"). */
  private static boolean beforeANoun(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    return next.pos() != null && next.pos().startsWith("NN") && !Character.isUpperCase(next.word().codePointAt(0));
  }

  /** "Freedonian" for the demonym "Freedonian"; "Sylvanian" for "Sylvania's"; the place's name when it has no demonym. */
  private String placeWord(MentionDraft place) {
    if (place.resolution == Resolution.DEMONYM) {
      return DocumentResolver.titleCase(place.text);
    }
    String name = place.canonical != null ? place.canonical : place.text.replaceAll("\\s+", " ");
    String demonym = gazetteer.demonymOf(name);
    return demonym != null ? demonym : name;
  }
}
