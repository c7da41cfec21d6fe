package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.util.JobTitles;

/**
 * Finds entity mention spans in one sentence. Requires tokens with CoNLL NER tags; adds drafts from
 * (1) runs of equal NER tags, (2) capitalised phrases ending in a head noun ("Belt and Road
 * Initiative", which the CRF tags in pieces), which win over overlapping NER runs, (3) hyphenated place
 * pairs ("Freedonia-Sylvania", "freedonia-Sylvania") split into their places, and (4) person names
 * completed leftwards up to a title ("Vice Premier He Wenjun", where the CRF only finds "Wenjun").
 */
final class MentionFinder {

  private final EntityLexicons lex;
  private final Gazetteer gazetteer;
  /** CoreNLP's given names, or null (then no name counts as a given name). */
  private final org.newsgraph.nlp.NameGender givenNames;

  MentionFinder(EntityLexicons lex, Gazetteer gazetteer, org.newsgraph.nlp.NameGender givenNames) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.givenNames = givenNames;
  }

  List<MentionDraft> find(ParsedSentence sentence, String body) {
    List<Token> tokens = sentence.analysis().tokens();
    int idx = sentence.sentence().idx();
    List<MentionDraft> ner = nerRuns(tokens, idx, body, lex.areaBodies);
    ner.forEach(m -> extendOfThe(m, tokens, body));
    List<MentionDraft> phrases = headPhrases(tokens, idx, body);
    // a phrase inside a longer NER run that goes on after the head ("North Atlantic Treaty Organization") yields to it
    phrases.removeIf(p -> ner.stream().anyMatch(m -> m.begin <= p.begin && m.end > p.end));
    List<MentionDraft> out = new ArrayList<>(phrases);
    for (MentionDraft m : ner) {
      out.addAll(outside(m, phrases, tokens, body));
    }
    List<MentionDraft> split = new ArrayList<>();
    for (MentionDraft m : out) {
      split.addAll(m.resolution == Resolution.PHRASE ? List.of(m) : splitHyphens(m, tokens, body));
    }
    addHyphenPlacePairs(split, tokens, idx, body);
    addUntaggedDemonyms(split, tokens, idx, body);
    split.forEach(m -> trimLeadingWords(m, tokens, body));
    split.forEach(m -> trimOpeningTrade(m, tokens, body));
    split.forEach(m -> trimPossessive(m, tokens, body));
    split.addAll(personsAfterTitles(split, tokens, idx, body));
    split.forEach(m -> completePerson(m, tokens, body));
    split.forEach(m -> trimTitleBeforeName(m, tokens, body));
    split.forEach(m -> holderAfterPortfolio(m, tokens, sentence.analysis().dependencies(), body));
    split.forEach(m -> trimOfficeOfBody(m, tokens, body));
    // a title alone ("COO and CFO Jane Roe": the tagger calls "COO" an organisation) is no entity, nor is a
    // run of titles ("Chief Executive Officer"), nor a trademarked product ("ACMEX(TM)") or its mark, nor a
    // company suffix alone ("Acme Media (Acme Productions, LLC)"), nor a word for a group of people the tagger typed
    // a place or body ("Black residents")
    split.removeIf(m -> m.text.length() < 2 || lex.isStopword(m.text) || !hasUpperOrPlace(m.text)
        || m.type != EntityType.PERSON && lex.isGroupWord(m.text.strip())
        || m.type != EntityType.LOCATION && allTitles(tokens, m) && !afterHonorific(tokens, m.firstToken)
        || trademarked(tokens, m) || CompanySuffix.isSuffix(m.text)
        || portfolio(tokens, m) || tradeInPlural(tokens, m) || titleOfAppositivePerson(tokens, m)
        || openingParticiple(tokens, m));
    split.sort(Comparator.comparingInt((MentionDraft m) -> m.begin));
    split.forEach(m -> {
      if (m.resolution == Resolution.PHRASE) {
        m.resolution = Resolution.NAME;
      }
    });
    return split;
  }

  /**
   * "Paediatricians said ...", "Veterinarians warn ...": one capitalised plural word the tagger called MISC (often
   * at a sentence's start) that is a common noun (tagged NNS) or the plural of a job title of CoreNLP's KBP
   * gazetteer (British "ae" read as "e") is people of a trade, not a named group ("Republicans", "Christians").
   */
  static boolean tradeInPlural(List<Token> tokens, MentionDraft m) {
    if (m.type != EntityType.MISC || m.firstToken != m.lastToken) {
      return false;
    }
    Token t = tokens.get(m.firstToken);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (!w.endsWith("s") || w.endsWith("ss") || w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if ("NNS".equals(t.pos())) {
      return true;
    }
    String one = w.substring(0, w.length() - 1);
    return JobTitles.contains(one) || JobTitles.contains(one.replace("ae", "e"));
  }

  /** Words the tagger takes into a name when they open a sentence ("Former United striker ..."). */
  private static final Set<String> LEADING_MODIFIERS = Set.of("former", "ex", "then", "late", "acting", "interim",
      "outgoing", "incoming");
  private static final Set<String> LEADING_PREPOSITIONS = Set.of("at", "of", "from", "with", "for");

  /**
   * A name does not open with a modifier of the person's role ("Former United" → "United") nor, at the start of
   * a sentence, with a plural common noun and its preposition ("Analysts at Acme & Co" → "Acme & Co").
   */
  private static void trimLeadingWords(MentionDraft m, List<Token> tokens, String body) {
    while (m.firstToken < m.lastToken && LEADING_MODIFIERS.contains(tokens.get(m.firstToken).word().toLowerCase(Locale.ROOT))) {
      m.startAt(m.firstToken + 1, tokens, body);
    }
    if (m.firstToken == 0 && m.firstToken + 2 <= m.lastToken && "NNS".equals(tokens.get(0).pos())
        && LEADING_PREPOSITIONS.contains(tokens.get(1).word())) {
      m.startAt(2, tokens, body);
    }
  }

  /**
   * "Drugmaker Acme Pharma said": a company's trade, capitalised only because it opens the sentence, is not part
   * of its name. Only trades named by an agent noun ("retailer", "carmaker", "manufacturer") go; "Bank", "Union"
   * or "Airline" can open a name.
   */
  private void trimOpeningTrade(MentionDraft m, List<Token> tokens, String body) {
    int first = m.firstToken;
    if (first >= m.lastToken || first > 0 && !OPENING_QUOTES.contains(tokens.get(first - 1).word())) {
      return;
    }
    String word = tokens.get(first).word().toLowerCase(Locale.ROOT);
    if ((word.endsWith("er") || word.endsWith("or")) && lex.prefixHeadType(word) == EntityType.ORGANIZATION
        && capitalised(tokens.get(first + 1).word())) {
      m.startAt(first + 1, tokens, body);
    }
  }

  private static final Set<String> OPENING_QUOTES = Set.of("\"", "``", "“", "'", "‘");

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.");

  /** "Mr. King", "Ms. Bishop": after an honorific a title word is a surname. */
  private static boolean afterHonorific(List<Token> tokens, int i) {
    return i > 0 && HONORIFICS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
  }

  /** A title of the lexicon written as an abbreviation: in capitals ("DCI", "MP") or with a full stop ("Sgt."). */
  private boolean abbreviatedTitle(String w) {
    return lex.isTitle(w) && (w.endsWith(".") || w.length() <= 4 && allCaps(w));
  }

  /** One capitalised word that is no title, no place and no noun of a body or company: "Ward", not "Council". */
  private boolean surnameLike(String w) {
    return capitalised(w) && !allCaps(w) && !lex.isTitle(w) && lex.headType(w) == null && !lex.isBodyNoun(w)
        && !lex.isCompanyWord(w) && !isPlaceLike(w) && !EntityLexicons.CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * "Freedonian President Jane Roe" tagged as one MISC or organisation run: a title word inside the run with only
   * capitalised name words after it starts a person; the run keeps the words before the title. A run that opens
   * with the title ("Congresswoman Jane Roe") is the person from a given name on. Returns the new persons, and
   * shortens or retypes the runs in place.
   */
  private List<MentionDraft> personsAfterTitles(List<MentionDraft> mentions, List<Token> tokens, int idx, String body) {
    List<MentionDraft> persons = new ArrayList<>();
    for (MentionDraft m : mentions) {
      if (m.type != EntityType.PERSON && m.lastToken - m.firstToken == 1
          && abbreviatedTitle(tokens.get(m.firstToken).word()) && surnameLike(tokens.get(m.lastToken).word())) {
        // "DCI Ward", "Sgt. Roe" tagged one organisation: a rank's abbreviation before one name word is a person's
        m.startAt(m.lastToken, tokens, body);
        m.type = EntityType.PERSON;
        continue;
      }
      if (m.type == EntityType.PERSON || m.lastToken - m.firstToken < 2) {
        continue;
      }
      for (int k = m.firstToken; k < m.lastToken; k++) {
        if (!lex.isTitle(tokens.get(k).word()) || k > m.firstToken && lex.isTitle(tokens.get(k - 1).word())) {
          continue;
        }
        int first = k + 1;
        while (first < m.lastToken && lex.isTitle(tokens.get(first).word())) {
          first++;
        }
        boolean names = true;
        for (int j = first; j <= m.lastToken; j++) {
          names &= capitalised(tokens.get(j).word()) && !lex.isTitle(tokens.get(j).word())
              && !EntityLexicons.CONNECTORS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT));
        }
        // two name words or more, the last no head noun of a body ("Acme General Hospital" keeps its name) and no
        // place unless the first is a given name ("Acme Chief Executive Rosa Faro": surnames may be places too)
        names &= m.lastToken - first >= 1 && lex.headType(tokens.get(m.lastToken).word()) == null
            && (!isPlaceLike(tokens.get(m.lastToken).word())
                || givenNames != null && givenNames.isGivenName(tokens.get(first).word()));
        if (names && k == m.firstToken && givenNames != null && givenNames.isGivenName(tokens.get(first).word())) {
          // "Congresswoman Lucia Paredes" tagged one organisation: the run opens with the title, from a given name
          // on it is the person
          m.startAt(first, tokens, body);
          m.type = EntityType.PERSON;
        } else if (names && k > m.firstToken) {
          persons.add(draft(tokens, idx, first, m.lastToken, EntityType.PERSON, body));
          m.endAt(k - 1, tokens, body);
        }
        break;
      }
    }
    return persons;
  }

  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

  /** "the Acme Agency’s Clean Air Plan": a run cut before a phrase keeps no possessive mark ("Acme Agency"). */
  private static void trimPossessive(MentionDraft m, List<Token> tokens, String body) {
    int last = m.lastToken;
    while (last > m.firstToken && POSSESSIVE.contains(tokens.get(last).word())) {
      last--;
    }
    if (last < m.lastToken) {
      m.endAt(last, tokens, body);
    }
  }

  /**
   * "Jane Roe, Chief Medical Officer of Acme Health": an office the tagger took into the name of the body it is of
   * or at (its words before "of" or "at" all titles, its head a title) names that body only ("Acme Health"); a
   * portfolio ("Minister of Finance") is dealt with as one, and "Bank of England" has no title before its "of".
   */
  private void trimOfficeOfBody(MentionDraft m, List<Token> tokens, String body) {
    if (m.type != EntityType.ORGANIZATION || portfolio(tokens, m)) {
      return;
    }
    for (int k = m.firstToken + 1; k < m.lastToken; k++) {
      String w = tokens.get(k).word();
      if (!w.equals("of") && !w.equals("at")) {
        continue;
      }
      for (int i = m.firstToken; i < k; i++) {
        if (!lex.isTitle(tokens.get(i).word()) && !(i < k - 1 && capitalised(tokens.get(i).word()))) {
          return;
        }
      }
      int start = k + 1;
      if (start < m.lastToken && tokens.get(start).word().equalsIgnoreCase("the")) {
        start++;
      }
      if (lex.isTitle(tokens.get(k - 1).word()) && capitalised(tokens.get(start).word()) && !allTitles(tokens, m)) {
        m.startAt(start, tokens, body);
      }
      return;
    }
  }

  private boolean allTitles(List<Token> tokens, MentionDraft m) {
    for (int i = m.firstToken; i <= m.lastToken; i++) {
      if (!lex.isTitle(tokens.get(i).word())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the party's National Publicity Secretary, Jane Roe", "the agency's National Commissioner for Information,
   * Jane Roe": an office tagged an organisation, whose head word is a title and whose holder follows in
   * apposition, is no body's name (names of bodies inside it would be tagged apart).
   */
  private boolean titleOfAppositivePerson(List<Token> tokens, MentionDraft m) {
    int after = m.lastToken + 1;
    if (m.type != EntityType.ORGANIZATION || after + 1 >= tokens.size() || !",".equals(tokens.get(after).word())
        || !"PERSON".equals(tokens.get(after + 1).ner())) {
      return false;
    }
    int head = m.lastToken;
    for (int i = m.firstToken + 1; i < m.lastToken; i++) {
      if (Set.of("of", "for").contains(tokens.get(i).word())) {
        head = i - 1;
        break;
      }
    }
    return lex.isTitle(tokens.get(head).word());
  }

  private static final Set<String> MARKS = Set.of("TM", "SM", "R", "™", "®", "℠", "+");
  private static final Set<String> PORTFOLIO_TITLES = Set.of("minister", "secretary", "commissioner", "chancellor");
  /** Words that join an office's capitalised words ("Secretary of Health and Human Services"). */
  private static final Set<String> OFFICE_JOINERS = Set.of("of", "for", "the", "and", "&");

  /**
   * "Minister of Trade and Industry", "Secretary for Health and Human Services": the words of a portfolio, tagged
   * an organisation (or another kind of name inside the office), are no body's name; "Secretary of the Standing
   * Committee of ..." (a connector inside) and "Minister of Sylvanian descent" (no organisation) keep theirs.
   */
  private static boolean portfolio(List<Token> tokens, MentionDraft m) {
    // (a name of another kind only inside the office, before its next capitalised word: "for Housing and Urban
    // Affairs", not "Minister of Sylvanian descent")
    boolean inOffice = m.type == EntityType.MISC && m.lastToken + 1 < tokens.size()
        && capitalised(tokens.get(m.lastToken + 1).word());
    if (m.type != EntityType.ORGANIZATION && !inOffice || portfolioTitle(tokens, m.firstToken, false) < 0) {
      return false;
    }
    for (int i = m.firstToken; i <= m.lastToken; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (EntityLexicons.CONNECTORS.contains(w) && !w.equals("and")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position of the portfolio title ("Minister", "Secretary", "Chancellor") whose office runs, in capitalised
   * words joined by "of", "for" or "and" (and "the" when {@code article}: "Chancellor of the Exchequer"; not for a
   * body's name, "Commissioner of the Metropolitan Police"), up to the word before {@code first}; -1 when there is
   * none.
   */
  static int portfolioTitle(List<Token> tokens, int first, boolean article) {
    boolean preposition = false;
    for (int j = first - 1; j >= 0 && first - j <= 8; j--) {
      String w = tokens.get(j).word();
      String lower = w.toLowerCase(Locale.ROOT);
      if (PORTFOLIO_TITLES.contains(lower) && capitalised(w)) {
        return preposition ? j : -1;
      }
      if (!OFFICE_JOINERS.contains(lower) && !capitalised(w) || lower.equals("the") && !article) {
        return -1;
      }
      preposition |= lower.equals("of") || lower.equals("for");
    }
    return -1;
  }

  /**
   * "Minister of Finance Jane Roe", "Secretary for Health and Human Services Peter Smith", "Chancellor of the
   * Exchequer Jane Roe": the tagger runs an office's capitalised words into its holder's name, as a person
   * ("Affairs Jane Roe") or a body ("Finance Jane Roe", which {@link #portfolio} would drop whole). The holder is
   * the run's last words: from a given name of CoreNLP's list, else the last two when the parser made the title a
   * compound of the run's last word or NER tagged those two a person. The run becomes that person.
   */
  private void holderAfterPortfolio(MentionDraft m, List<Token> tokens, List<Dependency> deps, String body) {
    int title = m.lastToken - m.firstToken >= 2 ? portfolioTitle(tokens, m.firstToken, true) : -1;
    if (title < 0) {
      return;
    }
    int holder = -1;
    for (int i = m.firstToken + 1; i < m.lastToken && holder < 0 && givenNames != null; i++) {
      holder = givenNames.isGivenName(tokens.get(i).word()) ? i : -1;
    }
    int last = m.lastToken;
    if (holder < 0 && (deps.stream().anyMatch(d -> d.dependent() == tokens.get(title).index()
        && d.governor() == tokens.get(last).index() && d.relation().equals("compound"))
        || "PERSON".equals(tokens.get(last).ner()) && "PERSON".equals(tokens.get(last - 1).ner()))) {
      holder = last - 1;
    }
    if (holder < 0) {
      return;
    }
    for (int i = holder; i <= last; i++) {
      String w = tokens.get(i).word();
      if (!capitalised(w) || EntityLexicons.CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || lex.isTitle(w)) {
        return;
      }
    }
    m.startAt(holder, tokens, body);
    m.type = EntityType.PERSON;
  }

  /**
   * "Born in Leeds in 1935, Roe studied ...", "Based in Oslo, the firm ...": a participle opening the sentence before
   * a preposition, which the tagger ran into a place or body, is no name.
   */
  private static boolean openingParticiple(List<Token> tokens, MentionDraft m) {
    return m.firstToken == 0 && m.lastToken == 0 && m.type != EntityType.PERSON && tokens.size() > 1
        && "VBN".equals(tokens.get(0).pos()) && "IN".equals(tokens.get(1).pos());
  }

  /** "ACMEX(TM)", "Acmex®", "Acme+": a product under a trademark sign or a plus; or the sign's letters. */
  static boolean trademarked(List<Token> tokens, MentionDraft m) {
    int n = m.lastToken + 1;
    if (n < tokens.size() && adjacent(tokens.get(m.lastToken), tokens.get(n))) {
      String next = tokens.get(n).word();
      if (MARKS.contains(next) && !Character.isLetter(next.charAt(0))
          || next.equals("(") && n + 2 < tokens.size() && MARKS.contains(tokens.get(n + 1).word())
          && tokens.get(n + 2).word().equals(")")) {
        return true;
      }
    }
    return m.firstToken == m.lastToken && MARKS.contains(m.text) && m.firstToken > 0 && n < tokens.size()
        && tokens.get(m.firstToken - 1).word().equals("(") && tokens.get(n).word().equals(")");
  }

  /**
   * "Assembly Minority Leader Jane Roe": the tagger's "Assembly Minority" ends in a title word that belongs to the
   * title before the name, not to the body. Trailing title words go when the next word is a title too and no
   * connector precedes them ("Ministry of Defence spokesman" keeps its "Defence").
   */
  private void trimTitleBeforeName(MentionDraft m, List<Token> tokens, String body) {
    if (m.type == EntityType.PERSON || m.lastToken + 1 >= tokens.size() || !lex.isTitle(tokens.get(m.lastToken + 1).word())) {
      return;
    }
    int last = m.lastToken;
    while (last > m.firstToken && lex.isTitle(tokens.get(last).word())
        && !EntityLexicons.CONNECTORS.contains(tokens.get(last - 1).word().toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (last < m.lastToken && !lex.isTitle(tokens.get(last).word())) {
      m.endAt(last, tokens, body);
    }
  }

  private boolean hasUpperOrPlace(String text) {
    return !text.equals(text.toLowerCase(Locale.ROOT)) || gazetteer.isCountryOrDemonym(text);
  }

  static MentionDraft draft(List<Token> tokens, int idx, int first, int last, EntityType type, String body) {
    int begin = tokens.get(first).begin();
    int end = tokens.get(last).end();
    return new MentionDraft(idx, first, last, begin, end, body.substring(begin, end), type);
  }

  private static List<MentionDraft> nerRuns(List<Token> tokens, int idx, String body, Set<String> areaBodies) {
    List<MentionDraft> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      EntityType type = EntityType.of(tag);
      if (type == null || !tag.equals(type.name())) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tag.equals(tokens.get(j + 1).ner())) {
        j++;
      }
      int areaBody = areaBodyEnd(tokens, i, j, areaBodies);
      if (areaBody >= 0) {
        // "Avon and Somerset Police", tagged a place, "and" and a body: one body
        out.add(draft(tokens, idx, i, areaBody, EntityType.ORGANIZATION, body));
        i = areaBody + 1;
        continue;
      }
      int first = i;
      int last = j;
      while (first <= last && !isNameToken(tokens.get(first).word())) {
        first++;
      }
      while (last >= first && !isNameToken(tokens.get(last).word())) {
        last--;
      }
      // "The Daily Planet and the Evening Star": two names the tagger ran together
      for (int k = first + 1; k + 2 <= last; k++) {
        if (tokens.get(k).word().equals("and") && tokens.get(k + 1).word().equals("the")
            && capitalised(tokens.get(k + 2).word()) && capitalised(tokens.get(k - 1).word())) {
          out.add(draft(tokens, idx, first, k - 1, type, body));
          first = k + 2;
        }
      }
      if (first <= last) {
        out.add(draft(tokens, idx, first, last, type, body));
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * The last token of a body named after two places ("Avon and Somerset Police", "Brighton and Hove City Council")
   * when the place run {@code first..last} is followed by "and" and an organisation of at most three capitalised
   * words that ends in one of {@code areaBodies}; else -1.
   */
  private static int areaBodyEnd(List<Token> tokens, int first, int last, Set<String> areaBodies) {
    if (!"LOCATION".equals(tokens.get(first).ner()) || last + 2 >= tokens.size()
        || !"and".equals(tokens.get(last + 1).word())) {
      return -1;
    }
    int end = last + 2;
    while (end + 1 < tokens.size() && "ORGANIZATION".equals(tokens.get(end + 1).ner())) {
      end++;
    }
    if (!"ORGANIZATION".equals(tokens.get(last + 2).ner()) || end - (last + 2) < 1 || end - (last + 2) > 2
        || !areaBodies.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k = last + 2; k <= end; k++) {
      if (!capitalised(tokens.get(k).word()) || !tokens.get(k).word().chars().allMatch(Character::isLetter)) {
        return -1;
      }
    }
    return end;
  }

  private static boolean isNameToken(String w) {
    return w.chars().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /**
   * "Critics in Congress said ...", "Lawmakers on the committee ...": a common plural noun, capitalised only because
   * it opens the sentence, before "in", "on", "with", "to" or "for", is no word of a name ("Friends of the Earth"
   * keeps its "of").
   */
  private static boolean openingCommonPlural(List<Token> tokens, int j) {
    boolean opens = j == 0 || OPENING_QUOTES.contains(tokens.get(j - 1).word()) && j == 1;
    return opens && "NNS".equals(tokens.get(j).pos()) && j + 1 < tokens.size()
        && Set.of("in", "on", "with", "to", "for").contains(tokens.get(j + 1).word());
  }

  /** Nouns, adjectives and numbers can be name words; "Since", "The", "While" cannot. */
  private static boolean properPos(Token t) {
    String pos = t.pos();
    return pos == null || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("FW");
  }

  private static boolean number(String w) {
    return w.matches("\\d+(st|nd|rd|th)?");
  }

  private static boolean adjacentWords(Token a, Token b) {
    return b.begin() - a.end() == 1;
  }

  private static boolean adjacent(Token a, Token b) {
    return a.end() == b.begin();
  }

  /** Capitalised phrases ending in a head noun, extended right over "of/for/on/with (the|a) Capitalised". */
  private List<MentionDraft> headPhrases(List<Token> tokens, int idx, String body) {
    List<MentionDraft> out = new ArrayList<>();
    for (int h = 1; h < tokens.size(); h++) {
      EntityType type = lex.headType(tokens.get(h).word());
      if (type == null) {
        continue;
      }
      int first = h;
      int j = h - 1;
      while (j >= 0) {
        String w = tokens.get(j).word();
        boolean hyphen = w.equals("-") && j > 0 && adjacent(tokens.get(j - 1), tokens.get(j))
            && adjacent(tokens.get(j), tokens.get(j + 1));
        boolean connector = EntityLexicons.CONNECTORS.contains(w) && j > 0
            && capitalised(tokens.get(j - 1).word()) && !EntityLexicons.CONNECTORS.contains(tokens.get(j - 1).word());
        boolean nameWord = (capitalised(w) && properPos(tokens.get(j)) || number(w)) && !lex.isTitle(w)
            && lex.headType(w) == null && !openingCommonPlural(tokens, j);
        if (nameWord || hyphen || connector) {
          first = j;
          j--;
        } else {
          break;
        }
      }
      while (first < h && (EntityLexicons.CONNECTORS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))
          || tokens.get(first).word().equals("-"))) {
        first++;
      }
      if (first == h) {
        continue;
      }
      int last = h;
      int k = h + 1;
      while (k + 1 < tokens.size() && EntityLexicons.RIGHT_CONNECTORS.contains(tokens.get(k).word())) {
        int m = k + 1;
        if (m < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(m).word())) {
          m++;
        }
        if (m >= tokens.size() || !capitalised(tokens.get(m).word())) {
          break;
        }
        while (m + 1 < tokens.size() && (capitalised(tokens.get(m + 1).word()) || number(tokens.get(m + 1).word()))) {
          m++;
        }
        last = m;
        k = m + 1;
      }
      out.add(phrase(tokens, idx, first, last, type, body));
    }
    // keep the longest of overlapping phrases
    out.sort(Comparator.comparingInt((MentionDraft m) -> m.begin - m.end));
    List<MentionDraft> kept = new ArrayList<>();
    for (MentionDraft m : out) {
      if (kept.stream().noneMatch(m::overlaps)) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static MentionDraft phrase(List<Token> tokens, int idx, int first, int last, EntityType type, String body) {
    MentionDraft d = draft(tokens, idx, first, last, type, body);
    d.resolution = Resolution.PHRASE;
    return d;
  }

  /** The parts of an NER run outside every phrase, as separate drafts. */
  private static List<MentionDraft> outside(MentionDraft m, List<MentionDraft> phrases, List<Token> tokens, String body) {
    if (phrases.stream().noneMatch(m::overlaps)) {
      return List.of(m);
    }
    List<MentionDraft> out = new ArrayList<>();
    int start = -1;
    for (int t = m.firstToken; t <= m.lastToken + 1; t++) {
      final int pos = t;
      boolean free = t <= m.lastToken && isNameToken(tokens.get(t).word())
          && !EntityLexicons.CONNECTORS.contains(tokens.get(t).word())
          && phrases.stream().noneMatch(p -> pos >= p.firstToken && pos <= p.lastToken);
      if (free && start < 0) {
        start = t;
      } else if (!free && start >= 0) {
        out.add(draft(tokens, m.sentenceIdx, start, t - 1, m.type, body));
        start = -1;
      }
    }
    return out;
  }

  /** "Freedonia-Sylvania" → Freedonia, Sylvania; "Freedonian-style", "UN-centered" → Freedonian, UN; "Anna-Maria Roe" stays. */
  private List<MentionDraft> splitHyphens(MentionDraft m, List<Token> tokens, String body) {
    List<int[]> parts = new ArrayList<>();
    int start = m.begin;
    for (int c = m.begin; c < m.end; c++) {
      if (body.charAt(c) == '-' && c > m.begin && c + 1 < m.end
          && !Character.isWhitespace(body.charAt(c - 1)) && !Character.isWhitespace(body.charAt(c + 1))) {
        parts.add(new int[] {start, c});
        start = c + 1;
      }
    }
    if (parts.isEmpty()) {
      return List.of(m);
    }
    parts.add(new int[] {start, m.end});
    boolean allPlaces = parts.stream().allMatch(p -> isPlaceLike(body.substring(p[0], p[1])));
    String lastPart = body.substring(parts.get(parts.size() - 1)[0], m.end);
    if (!allPlaces && capitalised(lastPart)) {
      return List.of(m);
    }
    List<MentionDraft> out = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      int[] p = parts.get(k);
      String text = body.substring(p[0], p[1]);
      if (!allPlaces && (k == parts.size() - 1 || !capitalised(text))) {
        continue;
      }
      int first = tokenAt(tokens, p[0]);
      int last = tokenAt(tokens, p[1] - 1);
      MentionDraft d = new MentionDraft(m.sentenceIdx, first, last, p[0], p[1], text,
          isPlaceLike(text) ? EntityType.LOCATION : m.type);
      out.add(d);
    }
    return out;
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).begin() <= offset && offset < tokens.get(t).end()) {
        return t;
      }
    }
    return 0;
  }

  /** A country, demonym or gazetteer place, optionally after a direction ("Central Asia"). */
  boolean isPlaceLike(String text) {
    if (gazetteer.isCountryOrDemonym(text) || gazetteer.fineType(text) != null) {
      return true;
    }
    String[] w = text.split("\\s+", 2);
    return w.length == 2 && EntityLexicons.DIRECTIONS.contains(w[0].toLowerCase(Locale.ROOT))
        && (gazetteer.isCountryOrDemonym(w[1]) || gazetteer.fineType(w[1]) != null);
  }

  /** Capitalised demonyms the tagger left out ("German Chancellor Scholz" with "German" untagged). */
  private void addUntaggedDemonyms(List<MentionDraft> found, List<Token> tokens, int idx, String body) {
    for (int t = 0; t < tokens.size(); t++) {
      String w = tokens.get(t).word();
      if (capitalised(w) && gazetteer.placeOfDemonym(w) != null && "O".equals(tokens.get(t).ner())) {
        MentionDraft d = draft(tokens, idx, t, t, EntityType.MISC, body);
        if (found.stream().noneMatch(d::overlaps)) {
          found.add(d);
        }
      }
    }
  }

  /** Place pairs joined by a hyphen that NER missed or mis-cased: "freedonia-Sylvania". */
  private void addHyphenPlacePairs(List<MentionDraft> found, List<Token> tokens, int idx, String body) {
    for (int t = 1; t + 1 < tokens.size(); t++) {
      Token a = tokens.get(t - 1);
      Token b = tokens.get(t + 1);
      if (!tokens.get(t).word().equals("-") || !adjacent(a, tokens.get(t)) || !adjacent(tokens.get(t), b)) {
        continue;
      }
      if (gazetteer.isCountryOrDemonym(a.word()) && gazetteer.isCountryOrDemonym(b.word())) {
        for (int p : new int[] {t - 1, t + 1}) {
          MentionDraft d = draft(tokens, idx, p, p, EntityType.LOCATION, body);
          if (found.stream().noneMatch(d::overlaps)) {
            found.add(d);
          }
        }
      }
    }
  }

  /** "Great Hall" + "of the People": an untagged "of (the) Capitalised" tail belongs to a place or body name. */
  private static void extendOfThe(MentionDraft m, List<Token> tokens, String body) {
    if (m.type != EntityType.LOCATION && m.type != EntityType.ORGANIZATION) {
      return;
    }
    int k = m.lastToken + 1;
    if (k >= tokens.size() || !tokens.get(k).word().equals("of")) {
      return;
    }
    int n = k + 1;
    if (n < tokens.size() && tokens.get(n).word().equals("the")) {
      n++;
    }
    int last = -1;
    while (n < tokens.size() && capitalised(tokens.get(n).word()) && "O".equals(tokens.get(n).ner())
        && properPos(tokens.get(n))) {
      last = n++;
    }
    if (last > 0) {
      m.endAt(last, tokens, body);
    }
  }

  /** Strips leading titles from person names and takes in a capitalised word between a title and the name. */
  private void completePerson(MentionDraft m, List<Token> tokens, String body) {
    if (m.type != EntityType.PERSON) {
      return;
    }
    while (m.firstToken < m.lastToken && lex.isTitle(tokens.get(m.firstToken).word())) {
      m.firstToken++;
    }
    int p = m.firstToken - 1;
    // (not a title's own object: "Minister of Energy Jane Roe", "Minister for Energy Jane Roe", "Minister of Mines
    // and Energy Jane Roe")
    if (p >= 1 && capitalised(tokens.get(p).word()) && !lex.isTitle(tokens.get(p).word())
        && !Set.of("of", "for", "and", "&").contains(tokens.get(p - 1).word().toLowerCase(Locale.ROOT))
        && "O".equals(tokens.get(p).ner()) && adjacentWords(tokens.get(p), tokens.get(p + 1))
        && !isPlaceLike(tokens.get(p).word())) {
      m.firstToken = p;
    }
    // a hyphenated given name the tagger cut at the hyphen: "Kim Min-jun" tagged "Kim Min" + "-" + "jun"
    while (m.lastToken + 2 < tokens.size() && tokens.get(m.lastToken + 1).word().equals("-")
        && adjacent(tokens.get(m.lastToken), tokens.get(m.lastToken + 1))
        && adjacent(tokens.get(m.lastToken + 1), tokens.get(m.lastToken + 2))
        && tokens.get(m.lastToken + 2).word().chars().allMatch(Character::isLowerCase)) {
      m.lastToken += 2;
      m.end = tokens.get(m.lastToken).end();
    }
    // an all-capitals name (a transcript label "JANE ROE:") whose surname the tagger left out
    int n = m.lastToken + 1;
    while (n < tokens.size() && allCaps(tokens.get(m.lastToken).word()) && allCaps(tokens.get(n).word())
        && "NNP".equals(tokens.get(n).pos()) && "O".equals(tokens.get(n).ner())
        && adjacentWords(tokens.get(n - 1), tokens.get(n)) && !lex.isTitle(tokens.get(n).word())) {
      m.lastToken = n++;
      m.end = tokens.get(m.lastToken).end();
    }
    m.begin = tokens.get(m.firstToken).begin();
    m.text = body.substring(m.begin, m.end);
  }

  private static boolean allCaps(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-')
        && w.chars().anyMatch(Character::isLetter);
  }
}
