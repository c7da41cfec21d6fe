package org.newsgraph.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Score;
import org.newsgraph.model.Statement;

/** The PolNeAR converter and scorer on a tiny brat fixture of our own. */
class PolnearEvaluationTest {

  // Title line, then a body with a multi-sentence quotation and an indirect "that" clause.
  static final String TEXT = "Mayor backs tram plan\n\n"
      + "“The tram will run by May. It is paid for,” Jane Roe said on Monday.\n\n"
      + "Critics have said that the budget is too small.\n\n"
      + "Polls show most voters agree.\n";

  static int at(String s) {
    return TEXT.indexOf(s);
  }

  static String range(String s) {
    return at(s) + " " + (at(s) + s.length());
  }

  static final String ANN = String.join("\n",
      "T1\tContent " + range("“The tram will run by May. It is paid for,”") + "\t“The tram ...”",
      "T2\tSource " + range("Jane Roe") + "\tJane Roe",
      "T3\tCue " + range("said") + "\tsaid",
      "T4\tAttribution " + range("said") + "\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
      "T5\tSource " + range("Critics") + "\tCritics",
      "T6\tCue " + range("have said") + "\thave said",
      "T7\tContent " + range("that the budget is too small") + "\tthat the budget is too small",
      "T8\tAttribution " + range("have said") + "\thave said",
      "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
      "T9\tSource " + range("Polls") + "\tPolls",
      "T10\tCue " + range("show") + "\tshow",
      "T11\tContent " + range("most voters agree") + "\tmost voters agree",
      "T12\tAttribution " + range("show") + "\tshow",
      "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
      "T13\tDiscard " + range("Mayor backs") + "\tMayor backs",
      "");

  static final int BODY = at("“The");

  static Statement row(String speaker, String cue, String content, String kind) {
    int sb = speaker == null ? -1 : at(speaker) - BODY;
    int cb = TEXT.indexOf(cue, speaker == null ? 0 : at(speaker)) - BODY;
    return new Statement("s", "d", 0, null, speaker, speaker == null ? null : sb,
        speaker == null ? null : sb + speaker.length(), "name", List.of(), cue, cb, cb + cue.length(), cue, "assert", content, at(content) - BODY, at(content) - BODY + content.length(),
        kind, List.of());
  }

  @Test
  void readsEventsWithTheirSpansAndSkipsDiscards() {
    List<Attribution> gold = BratReader.read("d", TEXT, ANN);
    assertEquals(3, gold.size());
    assertEquals("Jane Roe", gold.get(0).source().text(TEXT));
    assertEquals("have said", gold.get(1).cue().text(TEXT));
    assertEquals("most voters agree", gold.get(2).content().text(TEXT));
  }

  @Test
  void discontinuousSpansAreKeptAndWhitespaceGapsMerged() {
    String t = "“We will,” she said, “win.”";
    Spans two = Spans.of(t, List.of(new int[] {0, 10}, new int[] {21, 27}));
    assertEquals(2, two.ranges().size());
    assertEquals("“We will,” … “win.”", two.text(t));
    Spans merged = Spans.of("a b", List.of(new int[] {0, 1}, new int[] {2, 3}));
    assertEquals("0 3", merged.toString());
  }

  @Test
  void rowsSharingACueBecomeOneAttributionInPolnearConventions() {
    List<Statement> rows = List.of(
        row("Jane Roe", "said", "The tram will run by May.", "direct"),
        row("Jane Roe", "said", "It is paid for", "direct"),
        row("Critics", "said", "the budget is too small", "indirect"));
    List<Attribution> predicted = StatementConverter.convert("d", TEXT, BODY, rows);
    assertEquals(2, predicted.size());
    assertEquals("“The tram will run by May. It is paid for,”", predicted.get(0).content().text(TEXT),
        "quotation marks and the comma inside them belong to direct content");
    assertEquals("have said", predicted.get(1).cue().text(TEXT), "auxiliaries belong to the cue");
    assertEquals("that the budget is too small", predicted.get(1).content().text(TEXT));
  }

  @Test
  void scoresSpansExactlyAndByOverlapAndAttributionsByContent() {
    List<Attribution> gold = BratReader.read("d", TEXT, ANN);
    List<Statement> rows = List.of(
        row("Jane Roe", "said", "The tram will run by May.", "direct"),
        row("Critics", "said", "budget is too small", "indirect"));
    PolnearScorer scorer = new PolnearScorer(new CueKinds());
    scorer.add(new PolnearScorer.Doc("d", TEXT, gold, StatementConverter.convert("d", TEXT, BODY, rows)));
    Map<String, Score> s = scorer.scores();
    // The quotation: half of the gold content is still >= 50% of the shorter one, a match.
    // "budget is too small" overlaps the gold "that the budget is too small" by more than half.
    assertEquals(2, s.get("attribution").tp());
    assertEquals(1, s.get("attribution").fn(), "the poll attribution is missed");
    assertEquals(0, s.get("attribution").fp());
    assertEquals(2, s.get("source.exact").tp());
    assertEquals(0, s.get("content.exact").tp(), "half a quotation; a clause without its subject");
    assertEquals(2, s.get("content.overlap").tp());
    assertEquals(2, s.get("cue.exact").tp(), "'said', and 'have said' once converted");
    assertEquals(1, s.get("cue.exact").fn(), "show");
    // on speech only, the poll (evidence) is out of the gold, so nothing is missed
    assertEquals(2, s.get("speech.attribution").tp());
    assertEquals(0, s.get("speech.attribution").fn());
    Map<String, int[]> kinds = scorer.kindRecall();
    assertEquals(2, kinds.get("speech")[1]);
    assertEquals(0, kinds.get("evidence")[0]);
  }

  @Test
  void aRowIsMatchedToTheAttributionOfItsOwnCueBeforeANestedOneItsContentAlsoCovers() {
    String text = "Jane Roe criticized the tram plan, which critics said was far too costly.\n";
    String ann = String.join("\n",
        "T1\tSource 0 8\tJane Roe", "T2\tCue 9 19\tcriticized", "T3\tContent 20 33\tthe tram plan",
        "T4\tAttribution 9 19\tcriticized", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource " + text.indexOf("critics") + " " + (text.indexOf("critics") + 7) + "\tcritics",
        "T6\tCue " + text.indexOf("said") + " " + (text.indexOf("said") + 4) + "\tsaid",
        "T7\tContent " + text.indexOf("was far") + " " + text.indexOf(".\n") + "\twas far too costly",
        "T8\tAttribution " + text.indexOf("said") + " " + (text.indexOf("said") + 4) + "\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5", "");
    List<Attribution> gold = BratReader.read("d", text, ann);
    int content = text.indexOf("the tram");
    Statement row = new Statement("s", "d", 0, null, "Jane Roe", 0, 8, "name", List.of(), "criticized", 9, 19,
        "criticize", "criticize", "the tram plan, which critics said was far too costly", content, text.indexOf(".\n"),
        "indirect", List.of());
    PolnearScorer scorer = new PolnearScorer(new CueKinds());
    scorer.add(new PolnearScorer.Doc("d", text, gold, StatementConverter.convert("d", text, 0, List.of(row))));
    Score s = scorer.scores().get("attribution");
    assertEquals(1, s.tp());
    assertEquals(List.of("d (critics) [said] was far too costly [speech]"), s.misses());
  }

  @Test
  void cueKindsFollowInflections() {
    CueKinds k = new CueKinds();
    assertEquals("speech", k.kind("has said"));
    assertEquals("speech", k.kind("tweeted"));
    assertEquals("speech", k.kind(":"));
    assertEquals("belief", k.kind("worries"));
    assertEquals("evidence", k.kind("showed"));
    assertEquals("other", k.kind("in"));
  }

  @Test
  void corpusPicksTheFirstAnnotatorOfAnArticle(@TempDir Path dir) throws Exception {
    Path split = dir.resolve("data").resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text").resolve("site_2016-01-01_tram.txt"), TEXT);
    Files.writeString(split.resolve("attributions").resolve("site_2016-01-01_tram_ab12.ann"), ANN);
    Files.writeString(split.resolve("attributions").resolve("site_2016-01-01_tram_cd34.ann"), "");
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(PolnearCorpus.splitDir(dir, "dev"));
    assertEquals(1, articles.size());
    assertEquals(3, articles.get(0).attributions().size());
    assertTrue(PolnearCorpus.splitDir(dir, "dev").endsWith(Path.of("data", "dev")));
  }

  @Test
  void sourcesKeepAnOpenBracketsEndAndTheAppositivesCommaAndCuesATimeWord() {
    String t = "Rep. Jane Roe (D-N.Y.) said Tuesday the bill was late. Jane Roe, the mayor, said in a phone interview "
        + "that it was \u201cnot a good bill.\u201d";
    int rep = t.indexOf("Rep.");
    assertEquals(t.indexOf(" said"), StatementConverter.sourceEnd(t, rep, t.indexOf(".)") + 1, t.indexOf("said")));
    int mayor = t.indexOf("the mayor") + "the mayor".length();
    assertEquals(mayor + 1, StatementConverter.sourceEnd(t, t.indexOf("Jane Roe,"), mayor, t.lastIndexOf("said")));
    int cue = t.indexOf("said") + 4;
    assertEquals(cue + " Tuesday".length(), StatementConverter.cueAdverbial(t, cue, List.of(), 0));
    int cue2 = t.lastIndexOf("said") + 4;
    assertEquals(t.indexOf(" that"), StatementConverter.cueAdverbial(t, cue2, List.of(), 0));
  }

  @Test
  void rangesWithOnlyMarksBetweenThemAreOneSpan() {
    String t = "\u201cWe won. We will win again,\u201d she said, \u201cand soon.\u201d";
    List<int[]> joined = StatementConverter.joined(t, List.of(new int[] {1, t.indexOf(".")},
        new int[] {t.indexOf("We will"), t.indexOf(",")},
        new int[] {t.indexOf("and"), t.indexOf("soon") + 4}));
    assertEquals(2, joined.size(), "the sentences of one quotation join; the part after 'she said' stays apart");
    assertEquals("We won. We will win again", t.substring(joined.get(0)[0], joined.get(0)[1]));
  }
}
