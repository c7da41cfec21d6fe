package org.newsgraph.statements;

import org.newsgraph.nlp.NameGender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;

/**
 * What the attribution rules of one document share: the body, its sentences (with dependency graphs
 * where parsed), resolved mentions, quotations, the lexicons, and the drafts found so far.
 */
final class AttributionContext {
  final String docId;
  final String body;
  final List<ParsedSentence> sentences;
  final List<Mention> mentions;
  final List<Quotations.Quotation> quotations;
  final CueLexicon lex;
  final SpeakerResolver speakers;
  final List<Draft> drafts = new ArrayList<>();
  /** Speaker of each attributed quotation chain (see {@link QuotationRule}). */
  final Map<Integer, Speaker> quoteSpeakers = new HashMap<>();
  private final DepGraph[] graphs;
  private final Map<String, String> types = new HashMap<>();

  AttributionContext(String docId, String body, List<ParsedSentence> sentences, List<Mention> mentions,
                     CueLexicon lex, NameGender genders) {
    this(docId, body, sentences, mentions, Quotations.find(body), lex, genders);
  }

  /** A context over some of a document's sentences, with the mentions and quotations among them. */
  AttributionContext(String docId, String body, List<ParsedSentence> sentences, List<Mention> mentions,
                     List<Quotations.Quotation> quotations, CueLexicon lex, NameGender genders) {
    this.docId = docId;
    this.body = body;
    this.sentences = sentences;
    this.mentions = mentions;
    this.lex = lex;
    this.quotations = quotations;
    this.graphs = new DepGraph[sentences.size()];
    for (Mention m : mentions) {
      types.putIfAbsent(m.entityId(), m.type());
    }
    this.speakers = new SpeakerResolver(this, genders);
  }

  /** The dependency graph of sentence {@code i}, null when it was not parsed. */
  DepGraph graph(int i) {
    if (graphs[i] == null && sentences.get(i).analysis().parsed()) {
      graphs[i] = new DepGraph(sentences.get(i).analysis());
    }
    return graphs[i];
  }

  /** Position in {@link #sentences} of the sentence holding {@code offset}, or -1. */
  int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      ParsedSentence s = sentences.get(mid);
      if (offset < s.sentence().begin()) {
        hi = mid - 1;
      } else if (offset >= s.sentence().end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The part-of-speech tag of the token that starts at {@code offset}, or null. */
  String posAt(int offset) {
    int si = sentenceAt(offset);
    int k = si < 0 ? -1 : tokenStartingAt(sentences.get(si).analysis().tokens(), offset);
    return k < 0 ? null : sentences.get(si).analysis().tokens().get(k).pos();
  }

  /** A verb or modal among the words in [begin, end) ("that claim" has none: its "that" is a determiner). */
  boolean verbIn(int begin, int end) {
    int si = sentenceAt(begin);
    if (si < 0) {
      return true;
    }
    for (Token t : sentences.get(si).analysis().tokens()) {
      String pos = t.pos() == null ? "" : t.pos();
      if (t.begin() >= begin && t.end() <= end && (pos.startsWith("VB") || pos.equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word at {@code offset} is parsed as a modifier of the word right after it ("acknowledge that
   * limitation", with "that" mistagged as a conjunction): a determiner, not the complementizer of a clause.
   */
  boolean modifiesNext(int offset) {
    int si = sentenceAt(offset);
    DepGraph g = si < 0 ? null : graph(si);
    int k = g == null ? -1 : tokenStartingAt(g.tokens, offset);
    return k >= 0 && k + 1 < g.tokens.size() && g.head[k] == k + 1 && DepGraph.matches(g.rel[k], java.util.Set.of("det", "amod"));
  }

  /** The index of the token that starts at {@code offset}, or -1. */
  static int tokenStartingAt(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).begin() == offset) {
        return k;
      }
    }
    return -1;
  }

  String typeOf(String entityId) {
    return entityId == null ? null : types.get(entityId);
  }

  Mention mentionAt(int offset) {
    for (Mention m : mentions) {
      if (m.begin() <= offset && offset < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** The quotation segment holding {@code offset}, or null (binary search: segments do not overlap). */
  Quotations.Quotation quotationAt(int offset) {
    int lo = 0;
    int hi = quotations.size() - 1;
    Quotations.Quotation best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quotations.Quotation q = quotations.get(mid);
      if (q.begin() <= offset) {
        best = q;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best != null && best.contains(offset) ? best : null;
  }

  /** The word follows a hyphen inside a word ("Lakeside-based", "state-owned"): part of a modifier. */
  static boolean afterInnerHyphen(List<Token> t, int k) {
    return k > 1 && "-".equals(t.get(k - 1).word()) && t.get(k - 2).end() == t.get(k - 1).begin()
        && t.get(k - 1).end() == t.get(k).begin();
  }

  /**
   * The head of a noun phrase of tokens [s, e): the last noun or pronoun before a preposition, verb or
   * relative word ("Dave Roe of the Courier" → Roe, "two sources with knowledge of ..." → sources); s when none.
   */
  static int nounPhraseHead(List<Token> t, int s, int e) {
    int h = s;
    for (int k = s; k < e; k++) {
      String pos = t.get(k).pos() == null ? "" : t.get(k).pos();
      if (k > s && (pos.equals("IN") || pos.equals("TO") || pos.startsWith("VB") && !afterInnerHyphen(t, k)
          || pos.startsWith("W"))) {
        break;
      }
      if (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD")) {
        h = k;
      }
    }
    return h;
  }

  /**
   * The content span [begin, end) trimmed as the annotation rules want it: no surrounding space, no
   * leading conjunction "that" ("that claim was false" keeps its determiner) or punctuation, no trailing
   * full stop, comma, question or exclamation mark, and no quotation mark that opens or closes outside it.
   * Null when nothing is left.
   */
  int[] trimContent(int begin, int end) {
    boolean changed = true;
    while (changed && begin < end) {
      changed = false;
      while (begin < end && (Character.isWhitespace(body.charAt(begin)) || isLeadingJunk(body.charAt(begin)))) {
        begin++;
        changed = true;
      }
      while (end > begin && (Character.isWhitespace(body.charAt(end - 1)) || isTrailingJunk(body.charAt(end - 1)))) {
        end--;
        changed = true;
      }
      if (end - begin > 5 && body.startsWith("that ", begin) && !"DT".equals(posAt(begin)) && !modifiesNext(begin)
          && verbIn(begin + 5, end)) {
        begin += 5;
        changed = true;
      }
      java.util.regex.Matcher label = TIME_LABEL.matcher(body).region(begin, end);
      java.util.regex.Matcher stamp = TIME_STAMP.matcher(body).region(begin, end);
      if (label.lookingAt()) {
        // a live blog's time stamp ("11.42pm: Turnout is ...") is no part of what was said
        begin = label.end();
        changed = true;
      } else if (stamp.lookingAt() && opensSentence(begin)) {
        // nor one without a colon that opens an entry's sentence ("12:45 Income tax thresholds will stay frozen")
        begin = stamp.end();
        changed = true;
      }
      // an opening mark with no closing mark inside the span (or the reverse) is not part of it
      if (begin < end && isOpenMark(body.charAt(begin)) && !hasClose(begin + 1, end, body.charAt(begin))) {
        begin++;
        changed = true;
      }
    }
    return end > begin ? new int[] {begin, end} : null;
  }

  /** A time of day with a colon that opens an entry of a live blog: "11.42pm: ", "10:58 a.m.: ", "0915 GMT: ". */
  private static final java.util.regex.Pattern TIME_LABEL = java.util.regex.Pattern.compile(
      "(?:\\d{1,2}[.:]\\d{2}|\\d{4}) ?(?:[aApP]\\.?[mM]\\.?)? ?(?:[A-Z]{2,4})? ?:\\s+");

  /** A clock time before a capitalised word: "12:45 Income ...", "9.05pm The ...". */
  private static final java.util.regex.Pattern TIME_STAMP = java.util.regex.Pattern.compile(
      "\\d{1,2}[.:]\\d{2} ?(?:[aApP]\\.?[mM]\\.?)?\\s+(?=\\p{Lu})");

  /** Whether a sentence starts at {@code offset}. */
  private boolean opensSentence(int offset) {
    int si = sentenceAt(offset);
    return si >= 0 && sentences.get(si).sentence().begin() == offset;
  }

  private boolean hasClose(int from, int to, char open) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (open == '“' && c == '”' || open == '«' && c == '»' || open == '"' && c == '"'
          || open == '‘' && c == '’' && (i + 1 >= to || !Character.isLetter(body.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpenMark(char c) {
    return c == '“' || c == '«' || c == '"' || c == '‘' || c == '„';
  }

  private static boolean isLeadingJunk(char c) {
    return c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—' || c == '.' || c == '”' || c == '»'
        || c == '’' || c == '\'' || c == ')';
  }

  private static boolean isTrailingJunk(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '”' || c == '"' || c == '»'
        || c == '’' || c == '\'' || c == '-' || c == '–' || c == '—' || c == '“' || c == '«' || c == '‘';
  }

  /** direct when the content is quoted words, mixed when it holds quoted words, else indirect. */
  String kind(int cBegin, int cEnd) {
    return kind(cBegin, cEnd, true, null);
  }

  /**
   * The kind of a statement whose cue is {@code cueBegin}: a cue inside a quotation is another source's statement
   * nested in the quoted speaker's words ("“... The governor's letter says the fund is empty.”"), whose content
   * is quoted words of the outer speaker, not of the inner one, so the outer quotation makes it neither direct nor
   * mixed.
   */
  String kind(int cBegin, int cEnd, int cueBegin) {
    return kind(cBegin, cEnd, true, quotationAt(cueBegin));
  }

  /**
   * Whether the content is a paraphrase with at most a few quoted words, short of a quoted phrase's twelve letters
   * or a third of its letters ("said the talks would go on but that “nobody is naive”" opens with one).
   */
  boolean paraphrase(int cBegin, int cEnd) {
    return "indirect".equals(kind(cBegin, cEnd, false, null));
  }

  private String kind(int cBegin, int cEnd, boolean phrase, Quotations.Quotation outer) {
    int quoted = 0;
    int letters = 0;
    int quotedWords = 0;
    for (int i = cBegin; i < cEnd; i++) {
      if (Character.isLetterOrDigit(body.charAt(i))) {
        letters++;
        Quotations.Quotation q = quotationAt(i);
        if (q != null && q != outer) {
          quoted++;
          if (i == cBegin || !Character.isLetterOrDigit(body.charAt(i - 1))) {
            quotedWords++;
          }
        }
      }
    }
    if (quoted == 0 || letters == 0) {
      return "indirect";
    }
    if (quoted >= letters - 1) {
      return "direct";
    }
    // one or two quoted words (scare quotes) inside a paraphrase do not make it mixed; a quoted phrase of three
    // words or more does, however short ('urged them to use the time “to do our jobs”')
    return quoted >= 12 || quoted * 3 >= letters || phrase && quotedWords >= 3 ? "mixed" : "indirect";
  }
}
