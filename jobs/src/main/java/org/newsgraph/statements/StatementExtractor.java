package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.util.Ids;

/**
 * Extracts attributed statements from dependency-parsed sentences. Requires sentences (those that may
 * hold a statement parsed) and the document's resolved mentions; adds one {@link Statement} per
 * (sentence, speaker, cue). Patterns: the subject of a reporting verb with its complement ("Wang said
 * China is ..."); trailing attributions whose content precedes the cue ("..., Xi said."; "..., said
 * Han."); participial continuations that take the speaker of the verb they hang on ("adding that ...",
 * "Noting that ..., Xi said"); coordinated cues sharing a subject ("asked ... and appreciated ...");
 * noun-object cues ("conveyed greetings to ...", "called for ..."); "according to X"; quoted speech,
 * whose kind is direct or mixed. A cue inside another statement's content counts only when its own
 * subject is a name.
 */
public final class StatementExtractor {
  private static final Set<String> CONTINUATIONS = Set.of("advcl", "conj", "parataxis", "dep", "xcomp");
  private static final Set<String> SUBJECT = Set.of("nsubj");

  private final CueLexicon lex;

  public StatementExtractor(CueLexicon lex) {
    this.lex = lex;
  }

  public List<Statement> extract(String docId, String body, List<ParsedSentence> sentences, List<Mention> mentions) {
    SpeakerResolver speakers = new SpeakerResolver(lex, mentions);
    List<Statement> out = new ArrayList<>();
    for (ParsedSentence ps : sentences) {
      if (!ps.analysis().parsed()) {
        continue;
      }
      DepGraph g = new DepGraph(ps.analysis());
      List<Found> found = new ArrayList<>();
      List<int[]> deferred = new ArrayList<>();
      for (int i = 0; i < g.tokens.size(); i++) {
        CueLexicon.Match match = lex.at(g.tokens, i);
        if (match == null) {
          continue;
        }
        Found f = fromCue(docId, body, ps, g, i, match, speakers, mentions, null);
        if (f != null) {
          found.add(f);
        } else if (continuation(g, i)) {
          deferred.add(new int[] {i});
        }
        i = match.lastToken();
      }
      // participles and conjuncts without a subject of their own take the nearest speaker of the sentence
      for (int[] d : deferred) {
        int i = d[0];
        Found near = null;
        for (Found f : found) {
          if (f.cue < i && (near == null || f.cue > near.cue)) {
            near = f;
          }
        }
        if (near == null) {
          for (Found f : found) {
            if (f.cue > i && (near == null || f.cue < near.cue)) {
              near = f;
            }
          }
        }
        if (near != null) {
          Found f = fromCue(docId, body, ps, g, i, lex.at(g.tokens, i), speakers, mentions, near);
          if (f != null) {
            found.add(f);
          }
        }
      }
      Statement according = accordingTo(docId, body, ps, g, mentions);
      if (according != null) {
        found.add(new Found(according, -1, according.contentBegin() - 1, null));
      }
      found.sort(java.util.Comparator.comparingInt((Found f) -> f.cueBegin));
      for (Found f : found) {
        boolean nested = found.stream().anyMatch(o -> o != f && o.statement.contentBegin() <= f.cueBegin
            && f.cueBegin < o.statement.contentEnd());
        if (!nested) {
          Statement st = f.statement;
          out.add(st);
          speakers.spoke(f.speaker != null ? f.speaker : new Speaker(st.speakerEntityId(), st.speakerText(),
              st.speakerResolution(), st.speakerMemberIds()),
              st.speakerEntityId() == null ? null : speakers.typeOf(st.speakerEntityId()));
        }
      }
    }
    return out;
  }

  /** A statement with its cue token, cue offset and speaker subject span (-1 when none). */
  private record Found(Statement statement, int cue, int cueBegin, Speaker speaker, int subjectFirst) {
    Found(Statement statement, int cue, int cueBegin, Speaker speaker) {
      this(statement, cue, cueBegin, speaker, -1);
    }
  }

  /** A cue that may lack a subject of its own: a participle, or a verb conjoined to or hanging on another. */
  private static boolean continuation(DepGraph g, int t) {
    String pos = g.tokens.get(t).pos();
    return "VBG".equals(pos) || DepGraph.matches(g.rel[t], CONTINUATIONS);
  }

  private Found fromCue(String docId, String body, ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match,
                        SpeakerResolver speakers, List<Mention> mentions, Found inherit) {
    if (g.child(cue, Set.of("nsubj:pass", "aux:pass")) >= 0) {
      return null;
    }
    if (g.tokens.get(cue).pos().equals("VBN") && DepGraph.matches(g.rel[cue], Set.of("acl", "amod"))) {
      return null;
    }
    if (inherit == null) {
      int[] trailing = trailing(g, cue, match.lastToken());
      if (trailing != null) {
        return trailingStatement(docId, body, ps, g, cue, match, trailing, speakers, mentions);
      }
    }
    int subject = inherit != null ? -1 : subjectOf(g, cue, 0);
    if (subject == -2) {
      return null;
    }
    if (subject < 0 && inherit == null && cue + 1 < g.tokens.size()
        && mentionAt(mentions, g.tokens.get(cue + 1).begin()) != null && g.child(cue, Set.of("obj")) != cue + 1) {
      subject = cue + 1;
    }
    if (inherit != null) {
      List<Integer> content = initialParticiple(g, cue, match.lastToken(), inherit)
          ? range(match.lastToken() + 1, inherit.subjectFirst - 1) : content(g, cue, match.lastToken(), List.of());
      trim(g, content);
      return build(docId, body, ps, g, cue, match, content, inherit.speaker, mentions);
    }
    if (subject < 0) {
      return null;
    }
    Set<Integer> cut = new HashSet<>();
    for (int c : g.children.get(subject)) {
      if (g.rel[c].startsWith("acl") || g.rel[c].equals("punct") || g.rel[c].equals("appos") && isClause(g, c)) {
        cut.add(c);
      }
    }
    List<Integer> subj = g.subtree(subject, cut);
    int sBegin = g.tokens.get(subj.get(0)).begin();
    int sEnd = g.tokens.get(subj.get(subj.size() - 1)).end();
    Speaker speaker = speakers.resolve(body.substring(sBegin, sEnd), sBegin, sEnd, g.tokens.get(subject).word(),
        g.tokens.get(subject).begin());
    List<Integer> content = content(g, cue, match.lastToken(), subj);
    Found f = build(docId, body, ps, g, cue, match, content, speaker, mentions);
    return f == null ? null : new Found(f.statement, cue, f.cueBegin, speaker, subj.get(0));
  }

  private static boolean initialParticiple(DepGraph g, int cue, int last, Found main) {
    for (int t = 0; t < cue; t++) {
      if (!g.isPunct(t)) {
        return false;
      }
    }
    return main.cue > cue && main.subjectFirst > last;
  }

  private static List<Integer> range(int from, int toInclusive) {
    List<Integer> out = new ArrayList<>();
    for (int t = from; t <= toInclusive; t++) {
      out.add(t);
    }
    return out;
  }

  private Found build(String docId, String body, ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match,
                      List<Integer> content, Speaker speaker, List<Mention> mentions) {
    if (content.isEmpty()) {
      return null;
    }
    int cBegin = g.tokens.get(content.get(0)).begin();
    int cEnd = g.tokens.get(content.get(content.size() - 1)).end();
    int cueEnd = g.tokens.get(match.lastToken()).end();
    int next = match.lastToken() + 1;
    if (next < g.tokens.size() && g.tokens.get(next).word().equalsIgnoreCase("that") && content.get(0) == next + 1) {
      cueEnd = g.tokens.get(next).end();
    }
    String cueText = body.substring(g.tokens.get(cue).begin(), cueEnd);
    Statement st = statement(docId, body, ps, speaker, cueText, match.cue().lemma(), match.cue().cueClass(), cBegin,
        cEnd, mentions, g.tokens.get(cue).begin());
    return new Found(st, cue, g.tokens.get(cue).begin(), speaker);
  }

  private static boolean isClause(DepGraph g, int t) {
    return g.tokens.get(t).pos() != null && g.tokens.get(t).pos().startsWith("VB");
  }

  /** Subject token of a cue: its nsubj, or that of the verb a participle/conjunct hangs on; -1 none, -2 skip. */
  private int subjectOf(DepGraph g, int t, int depth) {
    int s = -1;
    for (int c : g.children.get(t)) {
      if (g.rel[c].equals("nsubj") && (s < 0 || c < t && (s > t || c > s))) {
        s = c;
      }
    }
    if (s >= 0 && !g.rel[s].equals("nsubj:pass") && !g.rel[s].equals("nsubj:xsubj")) {
      return s;
    }
    int h = g.head[t];
    if (depth > 3 || h < 0 || !DepGraph.matches(g.rel[t], CONTINUATIONS)) {
      return -1;
    }
    if (g.rel[t].equals("xcomp") && lex.at(g.tokens, h) != null) {
      return -2;
    }
    // climb only to another cue ("asked ... and appreciated"); a participle hanging on the content
    // clause takes the sentence's nearest speaker instead
    return lex.at(g.tokens, h) != null ? subjectOf(g, h, depth + 1) : -1;
  }

  /** Content tokens: the complements right of the cue, else the clause the cue attaches to, else what precedes it. */
  private List<Integer> content(DepGraph g, int cue, int last, List<Integer> subject) {
    Set<Integer> cut = continuationCuts(g, cue);
    List<Integer> out = new ArrayList<>();
    List<Integer> right = g.children.get(cue).stream().filter(c -> c > last).toList();
    List<Integer> clauses = right.stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("ccomp", "xcomp"))).toList();
    List<Integer> objects = right.stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("obj", "iobj", "dobj"))).toList();
    String particle = last > cue ? g.tokens.get(last).word().toLowerCase(Locale.ROOT) : null;
    if (!clauses.isEmpty()) {
      // "asked Wang to convey ...": an object before the clause belongs to the content
      objects.stream().filter(o -> o < clauses.get(0)).forEach(o -> out.addAll(g.subtree(o, cut)));
      clauses.forEach(c -> out.addAll(g.subtree(c, cut)));
    } else if (!objects.isEmpty()) {
      int firstObj = objects.get(0);
      for (int c : right) {
        boolean after = c >= firstObj && !cut.contains(c) && !g.isPunct(c)
            && !DepGraph.matches(g.rel[c], Set.of("conj", "cc", "punct"));
        if (after) {
          out.addAll(g.subtree(c, cut));
        }
      }
    } else if (particle != null) {
      // "called for X": the obl marked by the cue's own particle
      for (int c : right) {
        if (DepGraph.matches(g.rel[c], Set.of("obl", "nmod"))) {
          out.addAll(g.subtree(c, cut));
        }
      }
    }
    if (out.isEmpty()) {
      int ccompLeft = -1;
      for (int c : g.children.get(cue)) {
        if (c < cue && DepGraph.matches(g.rel[c], Set.of("ccomp", "parataxis", "dep"))) {
          ccompLeft = c;
        }
      }
      if (ccompLeft >= 0) {
        out.addAll(g.subtree(ccompLeft, cut));
      } else if (g.head[cue] >= 0 && DepGraph.matches(g.rel[cue], Set.of("parataxis", "ccomp", "dep"))
          && g.head[cue] < cue && lex.at(g.tokens, g.head[cue]) == null) {
        Set<Integer> c2 = new HashSet<>(cut);
        c2.add(cue);
        out.addAll(g.subtree(g.head[cue], c2));
      } else {
        for (int c : right) {
          if (!cut.contains(c) && !g.isPunct(c) && !DepGraph.matches(g.rel[c], Set.of("conj", "cc", "advmod"))) {
            out.addAll(g.subtree(c, cut));
          }
        }
      }
    }
    out.removeAll(subject);
    out.removeIf(t -> t >= cue && t <= last);
    out.sort(Integer::compare);
    trim(g, out);
    if (out.isEmpty()) {
      return out;
    }
    // one contiguous span, ended before the first continuation clause ("..., adding that")
    int from = out.get(0);
    int to = out.get(out.size() - 1);
    for (int c : cut) {
      List<Integer> sub = g.subtree(c, Set.of());
      int start = sub.get(0);
      if (start > from && start <= to) {
        to = start - 1;
      }
    }
    List<Integer> span = range(from, to);
    span.removeAll(subject);
    span.removeIf(t -> t >= cue && t <= last);
    trim(g, span);
    return span;
  }

  /**
   * A trailing attribution: "..., Chinese Vice President Han Zheng said on Wednesday." or "..., said Xi."
   * Returns {subject first, subject last, content last} token positions, or null.
   */
  private int[] trailing(DepGraph g, int cue, int last) {
    List<Token> t = g.tokens;
    int n = t.size();
    int end = n;
    while (end > 0 && g.isPunct(end - 1) && !t.get(end - 1).word().equals(",")) {
      end--;
    }
    // after the cue: nothing, a short verbless adjunct, or a comma and a continuation
    int k = last + 1;
    boolean continuation = false;
    int adjunct = 0;
    for (; k < end; k++) {
      String pos = t.get(k).pos();
      if (t.get(k).word().equals(",")) {
        continuation = k + 1 < end && t.get(k + 1).pos() != null && t.get(k + 1).pos().equals("VBG");
        break;
      }
      if (pos != null && (pos.startsWith("VB") || pos.equals("IN") && t.get(k).word().equalsIgnoreCase("that"))) {
        break;
      }
      adjunct++;
    }
    boolean arguments = last > cue && adjunct > 0;
    for (int c : g.children.get(cue)) {
      arguments |= c > last && DepGraph.matches(g.rel[c], Set.of("obj", "iobj", "ccomp", "xcomp"));
    }
    boolean rightOk = (k == end || continuation) && adjunct <= 6 && !arguments;
    // subject between a comma and the cue: "..., Wang said"
    int j = cue - 1;
    while (j >= 0 && !t.get(j).word().equals(",") && t.get(j).pos() != null && !t.get(j).pos().startsWith("VB")
        && !t.get(j).pos().equals("MD") && cue - j <= 8) {
      j--;
    }
    if (rightOk && j > 0 && j < cue - 1 && t.get(j).word().equals(",")) {
      return new int[] {j + 1, cue - 1, j - 1, -1};
    }
    // parenthetical: "Third, he said, comprehensive security cooperation should ..."
    if (!rightOk && adjunct == 0 && k == last + 1 && k < end && t.get(k).word().equals(",") && !continuation
        && j >= 0 && j < cue - 1 && t.get(j).word().equals(",") && j <= 3) {
      return new int[] {j + 1, cue - 1, -1, k + 1};
    }
    // inverted: "..., said Xi."
    if (cue > 1 && t.get(cue - 1).word().equals(",") && last + 1 < end) {
      int s = last + 1;
      for (int x = s; x < end; x++) {
        String pos = t.get(x).pos();
        if (pos == null || pos.startsWith("VB") || t.get(x).word().equals(",")) {
          return null;
        }
      }
      if (end - s <= 8) {
        return new int[] {s, end - 1, cue - 2, -1};
      }
    }
    return null;
  }

  private Found trailingStatement(String docId, String body, ParsedSentence ps, DepGraph g, int cue,
                                      CueLexicon.Match match, int[] span, SpeakerResolver speakers,
                                      List<Mention> mentions) {
    List<Token> t = g.tokens;
    int sBegin = t.get(span[0]).begin();
    int sEnd = t.get(span[1]).end();
    Speaker speaker = speakers.resolve(body.substring(sBegin, sEnd), sBegin, sEnd, t.get(span[1]).word(),
        t.get(span[1]).begin());
    List<Integer> content = span[2] >= 0 ? range(0, span[2]) : range(span[3], t.size() - 1);
    trim(g, content);
    Found f = build(docId, body, ps, g, cue, match, content, speaker, mentions);
    return f == null ? null : new Found(f.statement, cue, f.cueBegin, speaker, span[0]);
  }

  /** Cue continuations and other cues' clauses hanging inside a subtree are not part of this content. */
  private Set<Integer> continuationCuts(DepGraph g, int cue) {
    Set<Integer> cut = new HashSet<>();
    for (int t = 0; t < g.tokens.size(); t++) {
      if (t != cue && DepGraph.matches(g.rel[t], Set.of("advcl", "conj", "parataxis", "dep"))
          && lex.at(g.tokens, t) != null && g.child(t, SUBJECT) < 0) {
        cut.add(t);
      }
      if (t != cue && lex.at(g.tokens, t) != null && DepGraph.matches(g.rel[t], Set.of("parataxis"))) {
        cut.add(t);
      }
    }
    for (int c : g.children.get(cue)) {
      if (DepGraph.matches(g.rel[c], Set.of("conj", "cc"))) {
        cut.add(c);
      }
    }
    return cut;
  }

  private static void trim(DepGraph g, List<Integer> out) {
    while (!out.isEmpty() && (g.isPunct(out.get(0)) || Set.of("that", "and", "but").contains(
        g.tokens.get(out.get(0)).word().toLowerCase(Locale.ROOT)) && g.rel[out.get(0)] != null
        && DepGraph.matches(g.rel[out.get(0)], Set.of("mark", "cc")))) {
      out.remove(0);
    }
    while (!out.isEmpty() && g.isPunct(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && (g.isPunct(out.get(out.size() - 1))
        || Set.of("and", "or", "but").contains(g.tokens.get(out.get(out.size() - 1)).word().toLowerCase(Locale.ROOT)))) {
      out.remove(out.size() - 1);
    }
  }

  /** "According to X, ...": X speaks the rest of the sentence. */
  private Statement accordingTo(String docId, String body, ParsedSentence ps, DepGraph g, List<Mention> mentions) {
    List<Token> t = g.tokens;
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")) {
        continue;
      }
      Mention m = mentionAt(mentions, t.get(i + 2).begin());
      if (m == null) {
        return null;
      }
      int afterSource = i + 2;
      while (afterSource < t.size() && t.get(afterSource).begin() < m.end()) {
        afterSource++;
      }
      List<Integer> content = new ArrayList<>();
      for (int k = 0; k < t.size(); k++) {
        if (k < i || k >= afterSource) {
          content.add(k);
        }
      }
      trim(g, content);
      if (content.isEmpty()) {
        return null;
      }
      int cBegin = t.get(content.get(0)).begin();
      int cEnd = t.get(content.get(content.size() - 1)).end();
      Speaker speaker = new Speaker(m.entityId(), m.text(), m.resolution().equals("name") ? "name" : "alias", List.of());
      return statement(docId, body, ps, speaker, body.substring(t.get(i).begin(), t.get(i + 1).end()), "according to",
          "source", cBegin, cEnd, mentions, t.get(i).begin());
    }
    return null;
  }

  private static Mention mentionAt(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.begin() <= offset && offset < m.end()) {
        return m;
      }
    }
    return null;
  }

  private static Statement statement(String docId, String body, ParsedSentence ps, Speaker speaker, String cueText,
                                     String lemma, String cueClass, int cBegin, int cEnd, List<Mention> mentions,
                                     int cueBegin) {
    Set<String> targets = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.begin() >= cBegin && m.end() <= cEnd) {
        targets.add(m.entityId());
      }
    }
    String kind = Quotes.kind(body, ps.sentence().begin(), ps.sentence().end(), cBegin, cEnd);
    return new Statement(Ids.hash(docId, Integer.toString(cueBegin), lemma), docId, ps.sentence().idx(),
        speaker.entityId(), speaker.text(), speaker.resolution(), speaker.memberIds(), cueText, lemma, cueClass,
        body.substring(cBegin, cEnd), cBegin, cEnd, kind, new ArrayList<>(targets));
  }
}
