package org.newsgraph.statements;

import org.newsgraph.nlp.NameGender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.util.Lexicon;

/**
 * A fake NLP engine for attribution rules: sentences written as tokens {@code word|TAG[|head|rel[|NER[|head:rel]...]]}
 * (head is the 1-based index of the governor, 0 for the root; further fields are extra arcs of the enhanced
 * graph), joined by single spaces; a token starting
 * with {@code +} is glued to the previous one. Paragraphs are separated by blank lines in the body when
 * a sentence spec starts with {@code ¶}. Consecutive tokens with the same NER tag become one mention
 * whose entity id is its lower-cased text (an NER field {@code TYPE/resolution/id} gives both). No CoreNLP
 * models are loaded.
 */
final class FakeParse {
  private static final Map<String, String> LEMMAS = Map.ofEntries(Map.entry("said", "say"),
      Map.entry("termed", "term"), Map.entry("made", "make"), Map.entry("shrugged", "shrug"),
      Map.entry("hailed", "hail"),
      Map.entry("disclosed", "disclose"), Map.entry("posited", "posit"), Map.entry("clarified", "clarify"),
      Map.entry("noted", "note"), Map.entry("says", "say"),
      Map.entry("told", "tell"), Map.entry("added", "add"), Map.entry("warned", "warn"), Map.entry("warning", "warn"), Map.entry("wrote", "write"), Map.entry("tweeted", "tweet"), Map.entry("writes", "write"), Map.entry("posted", "post"), Map.entry("asking", "ask"), Map.entry("insisted", "insist"), Map.entry("complained", "complain"), Map.entry("testifying", "testify"), Map.entry("testified", "testify"), Map.entry("accusing", "accuse"), Map.entry("urged", "urge"), Map.entry("declared", "declare"), Map.entry("confirms", "confirm"), Map.entry("conceded", "concede"), Map.entry("claimed", "claim"),
      Map.entry("continued", "continue"), Map.entry("concludes", "conclude"), Map.entry("condemned", "condemn"),
      Map.entry("cited", "cite"), Map.entry("asked", "ask"), Map.entry("adding", "add"),
      Map.entry("saying", "say"), Map.entry("met", "meet"), Map.entry("is", "be"), Map.entry("was", "be"),
      Map.entry("has", "have"), Map.entry("will", "will"), Map.entry("rose", "rise"), Map.entry("called", "call"), Map.entry("suggested", "suggest"), Map.entry("telling", "tell"),
      Map.entry("responded", "respond"), Map.entry("questioned", "question"), Map.entry("answered", "answer"), Map.entry("voiced", "voice"), Map.entry("refused", "refuse"),
      Map.entry("conclude", "conclude"), Map.entry("going", "go"), Map.entry("conveyed", "convey"), Map.entry("entered", "enter"), Map.entry("erupted", "erupt"), Map.entry("reported", "report"),
      Map.entry("attacked", "attack"), Map.entry("criticized", "criticize"), Map.entry("defended", "defend"), Map.entry("described", "describe"), Map.entry("describes", "describe"), Map.entry("apologised", "apologise"), Map.entry("agreed", "agree"), Map.entry("rejected", "reject"), Map.entry("writing", "write"), Map.entry("advocates", "advocate"), Map.entry("accused", "accuse"), Map.entry("alleging", "allege"), Map.entry("announced", "announce"), Map.entry("explained", "explain"), Map.entry("calling", "call"),
      Map.entry("talked", "talk"), Map.entry("proposed", "propose"), Map.entry("argues", "argue"), Map.entry("chanted", "chant"),
      Map.entry("appeared", "appear"), Map.entry("went", "go"), Map.entry("wants", "want"), Map.entry("seemed", "seem"),
      Map.entry("dismissed", "dismiss"), Map.entry("revealed", "reveal"), Map.entry("officials", "official"), Map.entry("demanding", "demand"), Map.entry("shot", "shoot"), Map.entry("quoted", "quote"), Map.entry("laughs", "laugh"), Map.entry("recalled", "recall"), Map.entry("vehicles", "vehicle"), Map.entry("promised", "promise"), Map.entry("declined", "decline"), Map.entry("encouraged", "encourage"), Map.entry("admitted", "admit"), Map.entry("encourages", "encourage"), Map.entry("encouraging", "encourage"), Map.entry("citing", "cite"), Map.entry("denied", "deny"), Map.entry("had", "have"), Map.entry("needs", "need"), Map.entry("submitted", "submit"), Map.entry("regrets", "regret"), Map.entry("argued", "argue"), Map.entry("hoped", "hope"), Map.entry("acknowledged", "acknowledge"),
      Map.entry("predicted", "predict"), Map.entry("referred", "refer"), Map.entry("mentions", "mention"),
      Map.entry("pledged", "pledge"), Map.entry("appealed", "appeal"), Map.entry("issued", "issue"), Map.entry("countered", "counter"), Map.entry("scoffed", "scoff"), Map.entry("fumed", "fume"),
      Map.entry("cried", "cry"), Map.entry("states", "state"), Map.entry("applauded", "applaud"), Map.entry("voters", "voter"), Map.entry("replied", "reply"), Map.entry("announcing", "announce"), Map.entry("tells", "tell"), Map.entry("placards", "placard"), Map.entry("confirmed", "confirm"), Map.entry("maintained", "maintain"), Map.entry("looks", "look"), Map.entry("insisting", "insist"), Map.entry("written", "write"),
      Map.entry("wished", "wish"), Map.entry("wishes", "wish"), Map.entry("reporting", "report"));

  /** First names the fixtures use, with their gender ("said" is a given name of CoreNLP's list too). */
  static final NameGender GENDERS = new NameGender(
      Map.of("anna", NameGender.Gender.FEMALE, "peter", NameGender.Gender.MALE, "said", NameGender.Gender.MALE));

  final String body;
  final List<ParsedSentence> sentences = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();

  private FakeParse(String body) {
    this.body = body;
  }

  static FakeParse of(String... specs) {
    StringBuilder b = new StringBuilder();
    List<List<Token>> all = new ArrayList<>();
    List<List<Dependency>> deps = new ArrayList<>();
    for (String spec : specs) {
      boolean paragraph = spec.startsWith("¶");
      String s = paragraph ? spec.substring(1).trim() : spec;
      if (b.length() > 0) {
        b.append(paragraph ? "\n\n" : " ");
      }
      List<Token> tokens = new ArrayList<>();
      List<Dependency> arcs = new ArrayList<>();
      boolean first = true;
      for (String raw : s.trim().split(" ")) {
        boolean glue = raw.startsWith("+") && raw.length() > 1;
        String[] f = (glue ? raw.substring(1) : raw).split("\\|");
        if (!first && !glue) {
          b.append(' ');
        }
        first = false;
        int begin = b.length();
        b.append(f[0]);
        String tag = f.length > 1 ? f[1] : "NN";
        String lemma = LEMMAS.getOrDefault(f[0].toLowerCase(Locale.ROOT), f[0].toLowerCase(Locale.ROOT));
        String ner = f.length > 4 ? f[4] : "O";
        tokens.add(new Token(tokens.size() + 1, begin, b.length(), f[0], lemma, tag, ner));
        if (f.length > 3) {
          arcs.add(new Dependency(Integer.parseInt(f[2]), tokens.size(), f[3]));
        }
        for (int x = 5; x < f.length; x++) {
          // an enhanced-graph arc beside the tree's: "12:nsubj" (the relative clause's subject, "Roe, who said")
          String[] arc = f[x].split(":", 2);
          arcs.add(new Dependency(Integer.parseInt(arc[0]), tokens.size(), arc[1]));
        }
      }
      all.add(tokens);
      deps.add(arcs);
    }
    FakeParse p = new FakeParse(b.toString());
    for (int i = 0; i < all.size(); i++) {
      List<Token> t = all.get(i);
      int begin = t.get(0).begin();
      int end = t.get(t.size() - 1).end();
      p.sentences.add(new ParsedSentence(new Sentence("d", i, begin, end, p.body.substring(begin, end)),
          new AnalyzedSentence(begin, end, t, deps.get(i))));
      for (int k = 0; k < t.size(); k++) {
        String ner = t.get(k).ner();
        if (ner.equals("O") || k > 0 && t.get(k - 1).ner().equals(ner)) {
          continue;
        }
        int e = k;
        while (e + 1 < t.size() && t.get(e + 1).ner().equals(ner)) {
          e++;
        }
        String text = p.body.substring(t.get(k).begin(), t.get(e).end());
        // "LOCATION/demonym/sylvania": a mention of another entity than its text, resolved as stated
        String[] typed = ner.split("/");
        String id = typed.length == 3 ? typed[2] : text.toLowerCase(Locale.ROOT);
        // ("LOCATION:COUNTRY": a type with its fine type)
        String[] fine = typed[0].split(":");
        p.mentions.add(new Mention("d", i, t.get(k).begin(), t.get(e).end(), text, fine[0], fine.length > 1 ? fine[1] : null,
            text, id, typed.length == 3 ? typed[1] : "name"));
      }
    }
    return p;
  }

  AttributionContext context() {
    return new AttributionContext("d", body, sentences, mentions, new CueLexicon(), GENDERS);
  }

  /** The statements the named rules (default: all) extract. */
  List<org.newsgraph.model.Statement> extractStatements(String... sieves) {
    StatementExtractor x = new StatementExtractor(new CueLexicon(), GENDERS,
        sieves.length == 0 ? Lexicon.lines("/org/newsgraph/statements/sieves.txt") : List.of(sieves));
    return x.extract("d", body, sentences, mentions);
  }

  /** "speaker entity|cue lemma|content|kind" of each statement the named rules (default: all) extract. */
  List<String> extract(String... sieves) {
    return extractStatements(sieves).stream()
        .map(s -> s.sentenceIdx() + ":" + s.speakerEntityId() + "|" + s.cueLemma() + "|" + s.content() + "|" + s.kind())
        .toList();
  }
}
