using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>
/// The attributions read from the dependency parse: every verb whose lemma is a cue (<c>Lexicons/cues.tsv</c>) and
/// that has something to report (a clause, a quotation, an infinitive, or for some cues an object), with its
/// subject as the source and its complement as the content; nouns of <c>Lexicons/cue-nouns.tsv</c> with a
/// possessive or a clause of their own. They come after the patterns of the other part of this class, which know
/// the fixed forms ("according to", "“...,” she said", the colon of a headline) and the article's speakers;
/// what the patterns found wins where the two disagree.
/// </summary>
internal sealed partial class AttributionFinder
{
    private sealed record CueEntry(CueClass Class, bool TakesObject, bool CanBeEvidence);

    private static readonly FrozenDictionary<string, CueEntry> CueLemmas = WordLists.Rows("cues")
        .ToFrozenDictionary(row => row[0], row => new CueEntry(ParseCueClass(row[1]), row[2] == "object", row[3] == "evidence"), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CueClass> CueNouns = WordLists.Rows("cue-nouns")
        .ToFrozenDictionary(row => row[0], row => ParseCueClass(row[1]), StringComparer.Ordinal);

    /// <summary>Nouns of documents and data: as the subject of "show", "find", "suggest" they make an evidence cue.</summary>
    private static readonly FrozenSet<string> EvidenceNouns = WordLists.Set("evidence-source-nouns");

    /// <summary>Prepositions that open an adjunct of place or time between a cue and its "that" ("said outside court that").</summary>
    private static readonly FrozenSet<string> AdjunctPrepositions =
        WordLists.Set("place-prepositions").Union(WordLists.Set("date-prepositions")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which a cue word is a noun ("the report", "their claims").</summary>
    private static readonly FrozenSet<string> NounDeterminers = WordLists.Set("noun-determiners", StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads of written messages ("the statement", "the banner"), whose words "read" after a quotation gives.</summary>
    private static readonly FrozenSet<string> WrittenMessageNouns = WordLists.Set("written-message-nouns");

    /// <summary>Cues that, in the passive with no agent, report with no source ("is expected to", "it was reported").</summary>
    private static readonly FrozenSet<string> SourcelessPassives = WordLists.Set("sourceless-passive-cues");

    private static readonly FrozenSet<string> NotSpeakerLabels = WordLists.Set("not-speaker-labels", StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words of a headline label that make it a section or a format, not a speaker ("... live:", "... briefing:").</summary>
    private static readonly FrozenSet<string> SectionLabelHeads = WordLists.Set("section-label-heads", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FunctionWords = WordLists.Set("function-words", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SourcelessAdverbs = WordLists.Set("sourceless-adverb-cues", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> InvertedSubjectRelations = FrozenSet.ToFrozenSet(["nsubj", "obj", "iobj", "appos", "dep"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectRelations = FrozenSet.ToFrozenSet(["nsubj", "nsubj:pass", "csubj"], StringComparer.Ordinal);

    /// <summary>Dependents that are not part of a source noun phrase as written ("Smith, the minister, who ...").</summary>
    private static readonly FrozenSet<string> OutsideSourcePhrase = FrozenSet.ToFrozenSet(
    [
        "appos", "acl:relcl", "acl", "parataxis", "advcl", "dep", "punct", "discourse", "vocative", "list", "ccomp", "aux", "aux:pass",
        "cop", "advmod", "mark", "obl", "obl:tmod", "obl:unmarked", "nmod:unmarked", "nmod:tmod", "xcomp", "csubj", "obj", "iobj",
    ], StringComparer.Ordinal);

    /// <summary>Days and months: a parser's subject that is a date ("said Friday") is never the source.</summary>
    private static readonly FrozenSet<string> CalendarWords = WordLists.Set("calendar-words", StringComparer.OrdinalIgnoreCase);

    private static CueClass ParseCueClass(string label) => label switch
    {
        "speech" => CueClass.Speech,
        "belief" => CueClass.Belief,
        "intent" => CueClass.Intent,
        "evaluation" => CueClass.Evaluation,
        "evidence" => CueClass.Evidence,
        "question" => CueClass.Question,
        _ => throw new InvalidDataException($"Unknown cue class '{label}' in a cue lexicon."),
    };

    /// <summary>The class of a cue found by a pattern: its last word's lemma in the cue lexicon; speech otherwise.</summary>
    private static CueClass ClassOfCue(string cue)
    {
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return CueClass.Speech;
        }

        var last = words[^1].ToLowerInvariant();
        var lemma = Lemmatizer.Default.Lemma(last, "VERB");
        return CueLemmas.TryGetValue(lemma, out var entry) ? entry.Class : CueClass.Speech;
    }

    private readonly record struct Candidate(int CueStart, int CueEnd, int SourceStart, int SourceEnd, int ContentStart, int ContentEnd, CueClass Class,
        bool Sourceless, int AntecedentStart, int AntecedentEnd)
    {
        /// <summary>Read from the sentence's shape, which outranks a pattern's reading of the same cue.</summary>
        public bool Certain { get; init; }
    }

    /// <summary>Adds the attributions the parse shows that do not clash with those already found.</summary>
    private void FindParsed(Unit unit, List<Attribution> found)
    {
        // Tag and parse only when a word could be a cue the patterns did not already read: the tagger and the
        // parser cost more than the rest of the text pipeline together, and most sentences hold no such word.
        // The words' dictionary lemmas as verb and noun find the candidates before any tagging.
        var words = WordsOf(unit);
        bool Unread(int i) => !found.Any(f => words[i].Start >= f.Cue.Start && words[i].End <= f.Cue.Start + f.Cue.Length);
        // A noun is a cue only with a possessive ("his claim that ..."), so without one only verbs count.
        var possessive = words.Any(w => w.Text is "'s" or "’s" or "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their" or "s'");
        // A pattern's source that runs on over a comma, a sentence or several words may hold more than the subject
        // ("At this stage we believe", "He took the job in 1984, he recalled"): the parse finds where it starts.
        var runOn = found.Any(f => f.Source.Length > 0 && SourceMayRunOn(f.Source.Text));
        if (!runOn && !Enumerable.Range(0, words.Count).Any(i => MayBeCue(words[i].Text, possessive) && Unread(i)))
        {
            return;
        }

        var a = SentenceAnalyzer.Default.Analyze(words, (upos, lemmas) =>
        {
            unit.Tags = upos;
            return runOn || HasCueWord(upos, lemmas, Unread);
        });
        if (a is null)
        {
            return;
        }

        var tree = new Tree(a);
        var candidates = new List<Candidate>();
        for (var i = 0; i < a.Count; i++)
        {
            var candidate = a.Upos[i] switch
            {
                "VERB" => VerbCue(unit, tree, i),
                "NOUN" => NounCue(unit, tree, i),
                _ => null,
            };
            if (candidate is { } c)
            {
                candidates.Add(c);
            }
        }

        // A quotation-first shape outranks a pattern that read the same cue otherwise.
        foreach (var c in candidates.Where(c => c.Certain))
        {
            var same = found.FindIndex(f => Overlap(c.CueStart, c.CueEnd, f.Cue.Start, f.Cue.Start + f.Cue.Length));
            if (same >= 0 && (found[same].Source.Start, found[same].Source.Length, found[same].Content.Start, found[same].Content.Length)
                != (c.SourceStart, c.SourceEnd - c.SourceStart, c.ContentStart, c.ContentEnd - c.ContentStart))
            {
                found.RemoveAt(same);
            }
        }

        // Where a pattern and the parse found the same cue, the parse knows better where the source's noun
        // phrase starts and ends ("Representative Kyle Brandt of Texas", "Diplomats who spoke on condition of
        // anonymity", "The company's chief executive, Paul Ngata,"); the pattern's reading of who it is stays.
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var same = candidates.FirstOrDefault(c => !c.Sourceless && Overlap(c.CueStart, c.CueEnd, f.Cue.Start, f.Cue.Start + f.Cue.Length));
            if (same.CueEnd == 0 || f.Source.Type is SourceType.None || same.AntecedentEnd > same.AntecedentStart)
            {
                continue;
            }

            var (fs, fe) = (f.Source.Start, f.Source.Start + f.Source.Length);
            var apposition = same.SourceEnd <= fs && text.AsSpan(same.SourceEnd, fs - same.SourceEnd).Trim().SequenceEqual(",");
            var longer = same.SourceStart <= fs && same.SourceEnd >= fe;
            // The parse's subject inside a pattern's source that ran on over a clause's words: the subject is the source.
            // Not a noun after a preposition or a participle ("Two people close to the board"): that is inside the subject.
            var before = Enumerable.Range(0, a.Count).LastOrDefault(k => a.Words[k].End <= same.SourceStart, -1);
            // A pattern that read a role beside the name read the phrase's parts already.
            var inner = f.Role is null && same.SourceStart > fs && same.SourceEnd == fe && before >= 0 && a.Words[before].Start >= fs
                        && a.Upos[before] is not ("ADP" or "VERB" or "ADJ") && a.Relations[before] != "compound"
                        && Enumerable.Range(0, a.Count).Any(k => a.Words[k].Start >= fs && a.Words[k].End <= same.SourceStart
                            && a.Upos[k] is "VERB" or "AUX" or "PUNCT" or "CCONJ" or "SCONJ" or "ADP" && a.Words[k].Text is not ("-" or "–" or "'s" or "’s"))
                        // or the subject first, then the words of a clause of its own ("The bloc demanded ... , a spokesman said").
                        || (same.SourceStart == fs && same.SourceEnd < fe
                            && Enumerable.Range(0, a.Count).Any(k => a.Words[k].Start >= same.SourceEnd && a.Words[k].End <= fe && a.Upos[k] is "VERB" or "AUX"));
            if (inner)
            {
                var subjectText = text[same.SourceStart..same.SourceEnd];
                var np = ReadNounPhrase(same.SourceStart, same.SourceEnd, allowLowercase: true)
                         ?? CommonNounPhrase(same.SourceStart, same.SourceEnd, subjectText, subjectText.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                found[i] = f with
                {
                    Source = f.Source with { Text = subjectText, Start = same.SourceStart, Length = same.SourceEnd - same.SourceStart, Type = np.Type, Name = np.Name },
                    Role = np.Role,
                };
                continue;
            }

            if ((longer || apposition) && (same.SourceStart, same.SourceEnd) != (fs, fe)
                && !Overlap(same.SourceStart, same.SourceEnd, f.Content.Start, f.Content.Start + f.Content.Length))
            {
                found[i] = f with
                {
                    Source = f.Source with { Text = text[same.SourceStart..same.SourceEnd], Start = same.SourceStart, Length = same.SourceEnd - same.SourceStart },
                    Role = apposition ? Span(same.SourceStart, same.SourceEnd) : f.Role,
                };
            }
        }

        // "X said A, and Y said B" or "..., while Y argued B": a pattern's content that ran on over a second
        // attribution of its own ends before that attribution's source.
        foreach (var c in candidates)
        {
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                var (ks, ke) = (f.Content.Start, f.Content.Start + f.Content.Length);
                // A report inside the quotation ("“We have a deal, and I expect it to hold,” Ashby said") is the
                // speaker's own, nested in the content, not a second attribution beside it.
                if (c.Sourceless || c.SourceStart <= ks || c.SourceStart >= ke || c.CueStart >= ke
                    || Overlap(c.CueStart, c.CueEnd, f.Cue.Start, f.Cue.Start + f.Cue.Length)
                    || (unit.IsQuoted(c.CueStart) && !unit.IsQuoted(f.Cue.Start)))
                {
                    continue;
                }

                var before = text[ks..c.SourceStart].TrimEnd();
                var joined = SiblingJoint().Match(before);
                if (joined.Success)
                {
                    var newEnd = TrimBack(ks + joined.Index);
                    while (newEnd > ks && text[newEnd - 1] is ',' or ';')
                    {
                        newEnd = TrimBack(newEnd - 1);
                    }

                    found[i] = f with { Content = new OffsetSpan { Start = ks, Length = newEnd - ks }, Quote = QuoteTypeOf(unit, ks, newEnd) };
                }
            }
        }

        // "The party reportedly doubled its share": the adverb attributes the clause it modifies to no one named.
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Upos[i] == "ADV" && SourcelessAdverbs.Contains(a.Words[i].Text) && !unit.IsQuoted(a.Words[i].Start) && a.HeadIndex(i) is var clause and >= 0)
            {
                var (cs, ce) = tree.SubtreeSpan(clause);
                var (s, e) = TrimContent(unit, cs, ce, a.Words[i].Start);
                if (e > s)
                {
                    candidates.Add(Sourceless(a.Words[i].Start, a.Words[i].End, s, e, CueClass.Speech));
                }
            }
        }

        foreach (var c in candidates.OrderByDescending(c => c.ContentEnd - c.ContentStart))
        {
            if (Clashes(c, found))
            {
                continue;
            }

            found.Add(Build(c, unit));
        }
    }

    /// <summary>Whether a content opens as an indirect question ("whether ...", "why ...", "how ...", "if ...").</summary>
    private static bool IsQuestionClause(ReadOnlySpan<char> content) =>
        content.StartsWith("wh", StringComparison.Ordinal) || content.StartsWith("how ", StringComparison.Ordinal) || content.StartsWith("if ", StringComparison.Ordinal);

    /// <summary>Whether a pattern's source may hold more than its subject: a comma or six words and more (a full stop is mostly an abbreviation: "Ms. Moore"); a shorter one is not worth a parse, which costs more than the rest of the text work of the sentence.</summary>
    private static bool SourceMayRunOn(string source) =>
        source.Contains(", ", StringComparison.Ordinal) || source.Count(c => c == ' ') >= 5;

    /// <summary>Whether a word, untagged, could be a cue: a cue verb's form or a cue noun.</summary>
    private static bool MayBeCue(string word, bool nouns)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return SourcelessAdverbs.Contains(lower) || CueVerbHeads.Contains(Lemmatizer.Default.Lemma(lower, "VERB")) || (nouns && CueNouns.ContainsKey(Lemmatizer.Default.Lemma(lower, "NOUN")));
    }

    /// <summary>Whether a tagged sentence has a word that could be a cue, so that it is worth parsing.</summary>
    private static bool HasCueWord(string[] upos, string[] lemmas, Func<int, bool> unread)
    {
        for (var i = 0; i < upos.Length; i++)
        {
            if (((upos[i] == "VERB" && CueVerbHeads.Contains(lemmas[i])) || (upos[i] == "ADV" && SourcelessAdverbs.Contains(lemmas[i])) || (upos[i] == "NOUN" && CueNouns.ContainsKey(lemmas[i]))) && unread(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verbs of <see cref="CueLemmas"/>, multiword cues by their verb ("point" of "point out").</summary>
    private static readonly FrozenSet<string> CueVerbHeads = CueLemmas.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A candidate clashes with a found attribution when their cues overlap, when one's cue or source lies in the
    /// other's source, or when their contents overlap without one holding the other (no word in two attributions
    /// except a nested chain).
    /// </summary>
    private static bool Clashes(Candidate c, List<Attribution> found)
    {
        foreach (var f in found)
        {
            var (fcs, fce) = (f.Cue.Start, f.Cue.Start + f.Cue.Length);
            var (fss, fse) = (f.Source.Start, f.Source.Start + f.Source.Length);
            var (fks, fke) = (f.Content.Start, f.Content.Start + f.Content.Length);
            if (Overlap(c.CueStart, c.CueEnd, fcs, fce) || Overlap(c.CueStart, c.CueEnd, fss, fse) || Overlap(c.SourceStart, c.SourceEnd, fcs, fce))
            {
                return true;
            }

            var nested = (c.CueStart >= fks && c.CueEnd <= fke) || (fcs >= c.ContentStart && fce <= c.ContentEnd);
            if (!nested && Overlap(c.ContentStart, c.ContentEnd, fks, fke))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlap(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1 && e1 > s1 && e2 > s2;

    private Attribution Build(Candidate c, Unit unit)
    {
        var cue = Span(c.CueStart, c.CueEnd);
        var content = new OffsetSpan { Start = c.ContentStart, Length = c.ContentEnd - c.ContentStart };
        if (c.Sourceless)
        {
            return new Attribution
            {
                Source = new AttributionSource { Text = "", Start = c.CueStart, Length = 0, Type = SourceType.None, Name = "" },
                Cue = cue,
                Content = content,
                Quote = QuoteTypeOf(unit, c.ContentStart, c.ContentEnd),
                CueClass = c.Class,
            };
        }

        var sourceText = text[c.SourceStart..c.SourceEnd];
        NounPhrase np;
        if (c.AntecedentEnd > c.AntecedentStart)
        {
            // "Ortega, who said ...": the relative pronoun is the source as written, its antecedent the name.
            var antecedent = ReadNounPhrase(c.AntecedentStart, c.AntecedentEnd, allowLowercase: true);
            np = new NounPhrase(c.SourceStart, c.SourceEnd, SourceType.Pronoun, antecedent?.Name ?? text[c.AntecedentStart..c.AntecedentEnd], null);
        }
        else if (sourceText is "I" or "we" or "We")
        {
            np = new NounPhrase(c.SourceStart, c.SourceEnd, SourceType.Pronoun, sourceText, null);
        }
        else
        {
            np = ReadNounPhrase(c.SourceStart, c.SourceEnd, allowLowercase: true)
                 ?? CommonNounPhrase(c.SourceStart, c.SourceEnd, sourceText, sourceText.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return Make(np, null, cue, c.ContentStart, c.ContentEnd, unit) with { CueClass = c.Class };
    }

    // ---- verb cues -------------------------------------------------------------------------------------------

    private Candidate? VerbCue(Unit unit, Tree t, int v)
    {
        var a = t.Analysis;
        var lemma = a.Lemmas[v].ToLowerInvariant();
        var cueEnd = a.Words[v].End;
        var prepositionObject = -1;
        CueEntry? entry = null;

        // "pointed out", "called for", "pushed back": the verb with its particle or preposition.
        foreach (var k in t.Children[v])
        {
            if (a.Relations[k] == "compound:prt" && CueLemmas.TryGetValue(lemma + " " + a.Words[k].Text.ToLowerInvariant(), out var phrasal))
            {
                entry = phrasal;
                cueEnd = Math.Max(cueEnd, a.Words[k].End);
                break;
            }

            if (a.Relations[k] is "obl" or "obj" && k > v && t.Case(k) is { } c && c == v + 1 + t.AdverbsAfter(v)
                && CueLemmas.TryGetValue(lemma + " " + a.Words[c].Text.ToLowerInvariant(), out var prepositional))
            {
                entry = prepositional;
                cueEnd = a.Words[c].End;
                prepositionObject = k;
                break;
            }
        }

        // "called off the strike", "wrote down the number": a particle the cue list does not pair with the verb
        // makes another verb, which reports nothing.
        if (entry is null && t.Children[v].Any(k => a.Relations[k] == "compound:prt" && k == v + 1))
        {
            return null;
        }

        if (entry is null && !CueLemmas.TryGetValue(lemma, out entry))
        {
            return null;
        }

        var cueStart = CueGroupStart(t, v);
        if (QuotationFirst(unit, t, v, entry, cueStart, cueEnd) is { } quoted)
        {
            return quoted;
        }

        // "Polls showed Hughes leading", "records found two payments": with a document as subject an object is
        // content; so it is for the verbs of evidence ("show", "indicate") with any common noun as subject.
        var likelySubject = t.NearestChild(v, SubjectRelations, w => !CalendarWords.Contains(a.Words[w].Text));
        var reduced = likelySubject < 0 ? ReducedRelativeSubject(t, v) : -1;
        if (reduced >= 0)
        {
            likelySubject = reduced;
        }

        if (entry.CanBeEvidence && likelySubject >= 0
            && (EvidenceNouns.Contains(a.Lemmas[likelySubject].ToLowerInvariant()) || (entry.Class == CueClass.Evidence && a.Upos[likelySubject] == "NOUN")))
        {
            entry = entry with { TakesObject = true };
        }

        var (contentStart, contentEnd, infinitiveTo) = Content(unit, t, v, entry, prepositionObject);
        if (contentEnd <= contentStart)
        {
            return SurfaceCue(unit, t, v, entry, cueStart, cueEnd) ?? TrailingCue(unit, t, v, entry, cueStart, cueEnd) ?? ParticipleCue(unit, t, v, entry, cueStart, cueEnd);
        }

        // "plans to", "vowed on Thursday to": the "to" joins the cue; after an object ("urged insurers to") it stays in the content.
        if (infinitiveTo >= 0)
        {
            var objectBefore = Enumerable.Range(v + 1, Math.Max(0, infinitiveTo - v - 1))
                .FirstOrDefault(k => a.Relations[k] is "obj" or "iobj" || a.HeadIndex(k) is var h and >= 0 && a.Relations[h] is "obj" or "iobj", -1);
            if (objectBefore < 0)
            {
                cueEnd = Math.Max(cueEnd, a.Words[infinitiveTo].End);
            }
            else
            {
                contentStart = Math.Min(contentStart, a.Words[objectBefore].Start);
            }
        }

        // "UN forces must seek to resolve ...": a modal of obligation makes it the writer's prescription.
        foreach (var k in t.Children[v])
        {
            if (a.Relations[k] == "aux" && a.Lemmas[k].ToLowerInvariant() is "must" or "should" or "ought")
            {
                return null;
            }
        }

        // The source: the subject; a passive with no agent reports with no source ("is expected to").
        var subject = t.NearestChild(v, SubjectRelations, w => !CalendarWords.Contains(a.Words[w].Text));
        // Passive only with a passive auxiliary: the parser's nsubj:pass alone is often a wrong label ("the city has promised").
        var passive = t.Child(v, "aux:pass") >= 0;
        var agent = t.Agent(v);
        if (passive && agent < 0 && (SourcelessPassives.Contains(lemma) || t.Child(v, "expl") >= 0))
        {
            return Sourceless(cueStart, cueEnd, contentStart, contentEnd, entry.Class);
        }

        if (passive && agent < 0)
        {
            return null; // "the owner has not been charged": the passive subject is not who speaks
        }

        if (passive)
        {
            subject = agent;
        }

        // "who asked not to be named": a request for anonymity reports nothing.
        if (lemma == "ask" && t.Children[v].Any(k => a.Relations[k] == "xcomp" && a.Lemmas[k] is "name" or "identify" && t.Child(k, "aux:pass") >= 0))
        {
            return null;
        }

        // A question of asking is the agent's, or no one named's: never the one who answers it.
        Candidate? AskersQuestion(int questionEnd) => agent >= 0 && AgentSpan(t, agent, v) is var (askerStart, askerEnd)
            ? CandidateFrom(cueStart, cueEnd, askerStart, askerEnd, contentStart, questionEnd, entry, t, agent, (-1, -1))
            : Sourceless(cueStart, cueEnd, contentStart, questionEnd, entry.Class);

        // "Asked by reporters whether ..., she said": a fronted participle of asking is the asker's question, the
        // agent's; with no agent the asker is unnamed, not the one who answers.
        if (!passive && lemma == "ask" && t.Child(v, "aux") < 0
            && ((subject < 0 && a.Words[v].Text is "Asked" or "asked" && a.Relations[v] is "advcl" or "acl" or "dep" && a.HeadIndex(v) > v)
                || (v == 0 && a.Words[v].Text == "Asked" && !t.Children[v].Any(k => k < v && SubjectRelations.Contains(a.Relations[k]))
                    && IsQuestionClause(text.AsSpan(contentStart)))))
        {
            return AskersQuestion(contentEnd);
        }

        // "Mensah, asked by reporters whether ..., said no decision had been made": the parser often makes the
        // participle set off by commas the sentence's root, with the answer's verb hanging on it. The question is
        // still the asker's (the agent's, or no one named), and ends at the comma before the answer.
        if (!passive && lemma == "ask" && a.Words[v].Text == "asked" && t.Child(v, "aux") < 0 && subject >= 0 && subject < v
            && a.Words[v - 1].Text == "," && SubjectSpan(t, subject, v).End <= a.Words[v - 1].Start
            && t.Children[v].FirstOrDefault(k => k > v + 1 && a.Relations[k] is "parataxis" or "conj" && a.Upos[k] == "VERB"
                && CueLemmas.ContainsKey(a.Lemmas[k]) && a.Words[k - 1].Text == ",") is var answer and > 0)
        {
            var questionEnd = Math.Min(contentEnd, TrimBack(a.Words[answer - 1].Start));
            if (questionEnd <= contentStart)
            {
                return null;
            }

            return AskersQuestion(questionEnd);
        }

        var antecedent = (-1, -1);
        if (subject < 0 && reduced >= 0)
        {
            // The subject's phrase runs on over its participle up to the cue ("Figures published last week by the office").
            var (rs, _) = SubjectSpan(t, reduced, v);
            return CandidateFrom(cueStart, cueEnd, rs, TrimBack(CueGroupStart(t, v)), contentStart, contentEnd, entry, t, reduced, antecedent);
        }

        // "“...,” testified Omar Reyes": after a quotation, the name right after the cue is its inverted subject,
        // whatever relation the parser gave it.
        if (subject < 0 && contentEnd <= cueStart && t.NearestChild(v, InvertedSubjectRelations, w => w == v + 1) is var inverted and >= 0
            && a.Upos[inverted] is "PROPN" or "NOUN")
        {
            subject = inverted;
        }

        if (subject < 0)
        {
            subject = InheritedSubject(t, v);
        }

        if (subject < 0 && a.Relations[v] is not ("acl" or "appos" or "dep") && SurfaceCue(unit, t, v, entry, cueStart, cueEnd) is { } surface)
        {
            return surface;
        }

        if (subject < 0)
        {
            // "a letter urging the board to ...", "Councilwoman Raman, one of two votes, wondered ...": the noun the
            // cue hangs on, before it, is the source.
            if (a.Relations[v] is "acl" or "parataxis" or "appos" or "dep" && a.HeadIndex(v) is var noun and >= 0 && noun < v
                && a.Upos[noun] is "NOUN" or "PROPN")
            {
                var (ns, ne) = t.PhraseSpan(noun, v);
                return CandidateFrom(cueStart, cueEnd, ns, ne, contentStart, contentEnd, entry, t, noun, antecedent);
            }

            return null;
        }

        // "was criticised by the governor": the agent's phrase, without its preposition, is the source.
        var (ss, se) = passive && subject == agent ? AgentSpan(t, agent, v) : SubjectSpan(t, subject, v);

        if (a.Lemmas[subject] is "who" or "that" or "which" && a.Upos[subject] == "PRON")
        {
            // "The president, who said ...": the antecedent is the relative clause's head, or the noun just before.
            var head = a.Relations[v] == "acl:relcl" ? a.HeadIndex(v) : t.NounBefore(subject);
            // A relative clause reports what follows its cue; a content before it is a misparse ("The plan was
            // criticised by the governor, who warned last month that ..." parsed as a trailing "X, Y warned").
            if (head < 0 || contentEnd <= cueStart)
            {
                return null;
            }

            antecedent = t.PhraseSpan(head, subject);
        }

        // The writer's own "I think" or "we believe" is no attribution; inside a quotation it is the speaker's.
        if (a.Words[subject].Text is "I" or "we" or "We" or "you" or "You" && !unit.IsQuoted(a.Words[subject].Start) && !firstPersonSpeaks)
        {
            return null;
        }

        // "it says", "it expects", "it opposes" of an organisation report; "it is expected", "it seems", "this shows" do not name a source.
        var reportingIt = a.Words[subject].Text is "it" or "It" && entry.Class is not CueClass.Evidence && t.Child(v, "expl") < 0 && !passive;
        if (a.Words[subject].Text is "you" or "You" or "it" or "It" or "this" or "This" or "that" or "That" or "there" or "There" && a.Relations[subject] != "nsubj:pass" && !reportingIt)
        {
            return null;
        }

        return CandidateFrom(cueStart, cueEnd, ss, se, contentStart, contentEnd, entry, t, subject, antecedent);
    }

    /// <summary>
    /// A reporting verb the parse could not place ("..., and Helen Strand, the group's president, said lawmakers
    /// were ..." parsed with "said" as a modifier): the noun phrase just before it is the source, an apposition
    /// between commas skipped, and the rest of the sentence after it is the content. Only for finite verbs of
    /// speech and belief, outside quotations.
    /// </summary>
    private Candidate? SurfaceCue(Unit unit, Tree t, int v, CueEntry entry, int cueStart, int cueEnd)
    {
        var a = t.Analysis;
        var word = a.Words[v].Text;
        if (entry.Class is not (CueClass.Speech or CueClass.Belief) || entry.TakesObject && entry.Class != CueClass.Speech
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || unit.IsQuoted(a.Words[v].Start)
            || string.Equals(word, a.Lemmas[v], StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]) && v > 0 && a.Upos[v - 1] is "PRON" or "DET")
        {
            return null;
        }

        // The content: after the cue, "that", a comma or a colon, to the end of the sentence. Unless the cue is
        // one that reports without a mark ("said", "told"), the content must be marked ("replied within the hour",
        // "responded by posting" report nothing).
        var first = v + 1;
        while (first < a.Count && a.Words[first].End <= cueEnd)
        {
            first++;
        }

        var marked = first < a.Count && (a.Words[first].Text is "," or ":" or "that" || unit.IsQuoted(a.Words[first].Start));
        while (first < a.Count && a.Words[first].Text is "," or ":" or "that")
        {
            first++;
        }

        var cueWords = text[cueStart..cueEnd];
        if (a.Count - first < 3 || (!marked && !UnmarkedCues.Contains(word))
            || a.Upos[first] is "ADP" or "ADV" or "PART" or "VERB" or "AUX" or "SCONJ" or "CCONJ"
            || !Enumerable.Range(first, a.Count - first).Any(k => a.Upos[k] is "VERB" or "AUX")
            || cueWords.Split(' ').Any(w => w is "would" or "could" or "can" or "will" or "may" or "might"))
        {
            return null;
        }

        var (contentStart, contentEnd) = TrimContent(unit, a.Words[first].Start, unit.End, a.Words[v].Start);

        // The source: skip the verb group back to its first word, then an apposition in commas, then the noun phrase.
        var i = v - 1;
        while (i >= 0 && a.Words[i].Start >= cueStart)
        {
            i--;
        }

        if (i >= 1 && a.Words[i].Text == ",")
        {
            var j = i - 1;
            while (j >= 0 && a.Words[j].Text != "," && i - j <= 12)
            {
                j--;
            }

            if (j < 1 || a.Words[j].Text != ",")
            {
                return null;
            }

            i = j - 1;
        }

        var end = i;
        // "a spokesman in Brussels", "officials at the ministry": a place or body after "in", "at" or "from" is part of the phrase.
        while (i >= 0 && (t.IsNounPhraseWord(i) || (a.Lemmas[i] is "of" or "for" && i > 0 && i < end && t.IsNounPhraseWord(i - 1))
                          || (a.Lemmas[i] is "in" or "at" or "from" && i > 0 && i < end && a.Upos[i - 1] == "NOUN" && a.Upos[i + 1] is "PROPN" or "DET")))
        {
            i--;
        }

        var start = i + 1;
        if (start > end || !Enumerable.Range(start, end - start + 1).Any(k => a.Upos[k] is "NOUN" or "PROPN" or "PRON")
            || a.Upos[end] is "ADJ" or "DET" or "ADP")
        {
            return null;
        }

        if (a.Upos[end] == "PRON" && start == end && a.Words[end].Text is "I" or "we" or "We" or "you" or "You" or "it" or "It" or "this" or "This" or "that" or "That")
        {
            return null;
        }

        return new Candidate(cueStart, cueEnd, a.Words[start].Start, a.Words[end].End, contentStart, contentEnd, entry.Class, false, -1, -1);
    }

    /// <summary>
    /// "“We are further apart than in June,” Hendrik Boersma, the informateur appointed by parliament, told
    /// journalists on Thursday.": a quotation that opens the sentence, then its speaker (with an apposition in
    /// commas), then the cue and nothing but adjuncts. The shape decides, not the parse, which rarely gets a
    /// sentence like this right. The source is the first phrase after the quotation, up to a comma or the cue.
    /// </summary>
    private Candidate? QuotationFirst(Unit unit, Tree t, int v, CueEntry entry, int cueStart, int cueEnd)
    {
        var a = t.Analysis;
        if (entry.Class != CueClass.Speech || unit.IsQuoted(a.Words[v].Start))
        {
            return null;
        }

        var quote = unit.Quotes.LastOrDefault(q => q.Closed && q.End <= cueStart);
        if (quote is null || !text.AsSpan(unit.Start, Math.Max(0, quote.Start - unit.Start)).Trim().IsEmpty)
        {
            return null;
        }

        // The words between the quotation and the cue: a comma first (inside or after the closing mark), at
        // most twelve words, no verb but participles of an apposition, and at least one name or noun.
        var between = Enumerable.Range(0, a.Count).Where(k => a.Words[k].Start >= quote.End && a.Words[k].End <= cueStart).ToList();
        var commaInside = text.AsSpan(quote.Start, quote.End - quote.Start).TrimEnd("”’\"' ").EndsWith(",");
        if (between.Count is 0 or > 12 || !(commaInside || a.Words[between[0]].Text == ",")
            || between.Any(k => a.Upos[k] is "AUX" || (a.Upos[k] == "VERB" && !a.Words[k].Text.EndsWith("ed", StringComparison.Ordinal)))
            || !between.Any(k => a.Upos[k] is "PROPN" or "NOUN" or "PRON"))
        {
            return null;
        }

        // After the cue: adjuncts only ("told journalists on Thursday"), to the end of the sentence.
        for (var k = v + 1; k < a.Count; k++)
        {
            if (a.Words[k].End > cueEnd && (a.Upos[k] is "VERB" or "AUX" or "SCONJ" || a.Lemmas[k] == "that" || unit.IsQuoted(a.Words[k].Start) || a.Words[k].Text is ":" or ";"))
            {
                return null;
            }
        }

        var first = between.FirstOrDefault(k => a.Words[k].Text != ",", -1);
        if (first < 0)
        {
            return null;
        }

        var last = first;
        while (last + 1 < a.Count && a.Words[last + 1].End <= cueStart && a.Words[last + 1].Text != ",")
        {
            last++;
        }

        if (!Enumerable.Range(first, last - first + 1).Any(k => a.Upos[k] is "PROPN" or "NOUN" or "PRON"))
        {
            return null;
        }

        var (contentStart, contentEnd) = TrimContent(unit, quote.Start, quote.End, a.Words[v].Start);
        return new Candidate(cueStart, cueEnd, a.Words[first].Start, a.Words[last].End, contentStart, contentEnd, entry.Class, false, -1, -1) { Certain = true };
    }

    /// <summary>
    /// "The ferry will not sail, the operator confirmed on Friday, citing ...", "..., aides to both parties said
    /// privately.": a cue whose subject follows a comma after the clause it reports, with only adjuncts after it
    /// (to the end, or to a participle after a comma), where the parse hung it on that clause. The content is the
    /// sentence before the comma.
    /// </summary>
    private Candidate? TrailingCue(Unit unit, Tree t, int v, CueEntry entry, int cueStart, int cueEnd)
    {
        var a = t.Analysis;
        if (entry.Class is not (CueClass.Speech or CueClass.Belief or CueClass.Evidence) || unit.IsQuoted(a.Words[v].Start)
            || a.Words[v].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var subject = t.NearestChild(v, SubjectRelations, w => w < v && !CalendarWords.Contains(a.Words[w].Text));
        if (subject < 0 || a.Relations[subject] == "nsubj:pass")
        {
            return null;
        }

        var (ss, se) = SubjectSpan(t, subject, v);
        var comma = Enumerable.Range(0, a.Count).LastOrDefault(k => a.Words[k].End <= ss, -1);
        if (comma < 3 || a.Words[comma].Text != "," || !Enumerable.Range(0, comma).Any(k => a.Upos[k] is "VERB" or "AUX"))
        {
            return null;
        }

        for (var k = v + 1; k < a.Count; k++)
        {
            if (a.Words[k].End <= cueEnd)
            {
                continue;
            }

            if (a.Words[k].Text == "," && k + 1 < a.Count && a.Upos[k + 1] == "VERB" && a.Words[k + 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (a.Upos[k] is "VERB" or "AUX" or "SCONJ" or "CCONJ" || unit.IsQuoted(a.Words[k].Start) || a.Words[k].Text is ":" or ";")
            {
                return null;
            }
        }

        var (contentStart, contentEnd) = TrimContent(unit, unit.Start, a.Words[comma].Start, a.Words[v].Start);
        return contentEnd > contentStart ? CandidateFrom(cueStart, cueEnd, ss, se, contentStart, contentEnd, entry, t, subject, (-1, -1)) : null;
    }

    /// <summary>
    /// "..., warning that a bruising primary could help Republicans", "..., writing that it would ...": a
    /// participle after a comma reports for the sentence's subject, where the parse did not find its clause. The
    /// content is what follows it ("that" dropped) to the end of the sentence; the source is the subject of the
    /// sentence's main verb, or none where the parse gives none.
    /// </summary>
    private Candidate? ParticipleCue(Unit unit, Tree t, int v, CueEntry entry, int cueStart, int cueEnd)
    {
        var a = t.Analysis;
        if (v < 2 || a.Words[v - 1].Text != "," || !a.Words[v].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || entry.Class == CueClass.Question || unit.IsQuoted(a.Words[v].Start))
        {
            return null;
        }

        var first = v + 1;
        while (first < a.Count && a.Words[first].End <= cueEnd)
        {
            first++;
        }

        var marked = first < a.Count && (a.Lemmas[first] == "that" || a.Words[first].Text is ":" || unit.IsQuoted(a.Words[first].Start));
        if (first < a.Count && a.Words[first].Text is "that" or ":")
        {
            first++;
        }

        // Unmarked, only a cue that takes an object reads what follows it ("accusing lawmakers of ...").
        if (a.Count - first < 2 || (!marked && !entry.TakesObject) || !Enumerable.Range(first, a.Count - first).Any(k => a.Upos[k] is "VERB" or "AUX" or "NOUN" or "PROPN"))
        {
            return null;
        }

        var (contentStart, contentEnd) = TrimContent(unit, a.Words[first].Start, unit.End, a.Words[v].Start);
        if (contentEnd <= contentStart)
        {
            return null;
        }

        // The nearest verb before it with a subject of its own, outside quotations: "..., the secretariat
        // confirmed on Friday, citing ..." reports for the secretariat, not for the sentence's first subject.
        var (verb, subject) = (-1, -1);
        for (var k = v - 1; k >= 0 && subject < 0; k--)
        {
            if (a.Upos[k] is "VERB" or "AUX" && !unit.IsQuoted(a.Words[k].Start))
            {
                (verb, subject) = (k, t.NearestChild(k, SubjectRelations, w => !CalendarWords.Contains(a.Words[w].Text)));
            }
        }

        if (subject < 0 || subject > v || a.Relations[subject] == "nsubj:pass" || a.Upos[subject] is not ("NOUN" or "PROPN" or "PRON"))
        {
            return Sourceless(cueStart, cueEnd, contentStart, contentEnd, entry.Class);
        }

        var (ss, se) = SubjectSpan(t, subject, verb);
        return CandidateFrom(cueStart, cueEnd, ss, se, contentStart, contentEnd, entry, t, subject, (-1, -1));
    }

    /// <summary>
    /// "Figures published last week by the statistics office showed ...", "A poll by Kaitiaki Research published
    /// last week found ...": the parser took the participle of a reduced relative clause for the main verb and hung
    /// the cue on it. When the cue has no subject and no coordinating word of its own, and hangs on an earlier
    /// participle ("-ed", no auxiliary) whose subject is a noun, that noun is the cue's subject.
    /// </summary>
    private static int ReducedRelativeSubject(Tree t, int v)
    {
        var a = t.Analysis;
        var h = a.HeadIndex(v);
        if (h < 0 || h >= v || a.Relations[v] is not ("conj" or "ccomp" or "parataxis" or "xcomp" or "advcl") || a.Upos[h] != "VERB"
            || !a.Words[h].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || t.Children[v].Any(k => a.Relations[k] is "cc" or "mark" && k < v)
            || t.Children[h].Any(k => a.Relations[k] is "aux" or "aux:pass" or "cop"))
        {
            return -1;
        }

        var subject = t.Child(h, SubjectRelations);
        // "Figures/root released/acl ... showed/conj": the parser may hang the participle on the noun as a clause
        // of its own and the cue on the participle; the noun is the subject all the same.
        if (subject < 0 && a.Relations[h] == "acl" && a.HeadIndex(h) is var noun and >= 0 && noun < h && a.Relations[noun] is "root" or "nsubj")
        {
            subject = noun;
        }

        return subject >= 0 && subject < h && a.Upos[subject] == "NOUN" && !Enumerable.Range(h, v - h).Any(k => a.Words[k].Text is "," or ";") ? subject : -1;
    }

    /// <summary>
    /// The subject's phrase, over a second subject the parse split it into ("Councillor/nsubj Ines Varga/nsubj
    /// backed"): a verb has one subject, so subjects side by side are one phrase.
    /// </summary>
    /// <summary>The phrase of a passive's agent without its "by" ("by the central bank governor" gives "the central bank governor").</summary>
    private (int Start, int End) AgentSpan(Tree t, int agent, int verb)
    {
        var (start, end) = SubjectSpan(t, agent, verb);
        return text.AsSpan(start, end - start).StartsWith("by ", StringComparison.Ordinal) ? (SkipSpaces(start + 3, end), end) : (start, end);
    }

    private static (int Start, int End) SubjectSpan(Tree t, int subject, int verb)
    {
        var (start, end) = t.PhraseSpan(subject, verb);
        var head = t.Analysis.HeadIndex(subject);
        if (head < 0)
        {
            return (start, end);
        }

        foreach (var k in t.Children[head])
        {
            if (k != subject && SubjectRelations.Contains(t.Analysis.Relations[k]) && (k < head) == (subject < head))
            {
                // Side by side: overlapping, or with no word between them.
                var (ks, ke) = t.PhraseSpan(k, verb);
                var (gapStart, gapEnd) = ks >= end ? (end, ks) : ke <= start ? (ke, start) : (0, 0);
                if (!t.Analysis.Words.Any(w => w.Start >= gapStart && w.End <= gapEnd && gapEnd > gapStart))
                {
                    (start, end) = (Math.Min(start, ks), Math.Max(end, ke));
                }
            }
        }

        return (start, end);
    }

    private Candidate? CandidateFrom(int cueStart, int cueEnd, int ss, int se, int contentStart, int contentEnd, CueEntry entry, Tree t, int sourceHead, (int, int) antecedent)
    {
        if (se <= ss || Overlap(ss, se, contentStart, contentEnd) || Overlap(ss, se, cueStart, cueEnd))
        {
            return null;
        }

        var cls = entry.CanBeEvidence && EvidenceNouns.Contains(t.Analysis.Lemmas[sourceHead].ToLowerInvariant()) ? CueClass.Evidence
            : entry.Class == CueClass.Evidence && t.Analysis.Upos[sourceHead] is "PROPN" or "PRON" ? CueClass.Speech
            : entry.Class;
        return new Candidate(cueStart, cueEnd, ss, se, contentStart, contentEnd, cls, false, antecedent.Item1, antecedent.Item2);
    }

    private static Candidate Sourceless(int cueStart, int cueEnd, int contentStart, int contentEnd, CueClass cls) =>
        new(cueStart, cueEnd, cueStart, cueStart, contentStart, contentEnd, cls, true, -1, -1);

    /// <summary>
    /// "..., saying ...", "and added that ...", "was quoted as saying": a cue with no subject of its own takes
    /// the subject of the verb it hangs on (at most two levels up).
    /// </summary>
    private static int InheritedSubject(Tree t, int v)
    {
        var a = t.Analysis;
        var at = v;
        for (var level = 0; level < 2; level++)
        {
            if (a.Relations[at] is not ("advcl" or "xcomp" or "conj") || a.HeadIndex(at) is not (var head and >= 0))
            {
                return -1;
            }

            // "was quoted as saying": a passive subject speaks through its -ing or infinitive, not through a conjunct.
            var subject = t.Child(head, SubjectRelations);
            if (subject >= 0)
            {
                return a.Relations[subject] == "nsubj:pass" && a.Relations[at] == "conj" ? -1 : subject;
            }

            at = head;
        }

        return -1;
    }

    /// <summary>The first word of the verb group: auxiliaries, negation and adverbs between them ("has long said", "did not rule out").</summary>
    private static int CueGroupStart(Tree t, int v)
    {
        var a = t.Analysis;
        var first = v;
        foreach (var k in t.Children[v])
        {
            // Only an auxiliary the verb group reaches: nothing but auxiliaries, adverbs and negation between.
            if (k < v && a.Relations[k] is "aux" or "aux:pass" && !(a.Upos[k] == "PART" && a.Lemmas[k] == "to")
                && Enumerable.Range(k + 1, v - k - 1).All(i => a.Upos[i] is "AUX" or "ADV" or "PART"))
            {
                first = Math.Min(first, k);
            }
        }

        // Adverbs and negation between the first auxiliary and the verb belong to the group; those before it do not.
        // An auxiliary the tagger read as a main verb ("have/VERB long warned") joins it when only adverbs are between.
        var k2 = first - 1;
        while (k2 >= 0 && a.Upos[k2] is "ADV" or "PART" && a.Lemmas[k2] != "to")
        {
            k2--;
        }

        if (k2 >= 0 && k2 < first - 1 && first == v && Auxiliaries.Contains(a.Words[k2].Text))
        {
            first = k2;
        }

        return a.Words[first].Start;
    }

    /// <summary>The forms of "have", "be" and "do" that make a verb group with a participle ("have long warned").</summary>
    private static readonly FrozenSet<string> Auxiliaries = WordLists.Set("auxiliary-forms", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The content span: the complement clauses (ccomp, xcomp, parataxis), for object-taking cues also the object
    /// and an oblique ("accused the mayor of lying"), or the object of the cue's preposition ("called for an
    /// inquiry"); else, for a cue hung on a quotation ("“...,” she said"), what comes before it.
    /// </summary>
    private (int Start, int End, int InfinitiveTo) Content(Unit unit, Tree t, int v, CueEntry entry, int prepositionObject)
    {
        var a = t.Analysis;
        var parts = new List<int>();
        if (prepositionObject >= 0)
        {
            parts.Add(prepositionObject);
        }

        foreach (var k in t.Children[v])
        {
            var rel = a.Relations[k];
            if (k == prepositionObject)
            {
                continue;
            }

            var objectContent = rel == "obj" && !(a.Upos[k] is "PRON" or "DET" && t.Children[k].Count == 0);
            if (rel == "ccomp" || (rel == "parataxis" && k > v) || (entry.TakesObject && (objectContent || (rel == "obl" && k > v && t.Child(v, "obj") >= 0 && t.Case(k) is { } c && a.Lemmas[c] is "of" or "for" or "as"))))
            {
                parts.Add(k);
            }
            else if (rel is "advcl" or "obj" or "obl" && k > v && TakesInfinitive(t, v, entry) && IsInfinitiveAfter(t, v, k))
            {
                // "vowed on Thursday to veto", "intends to campaign": an infinitive the parser hung as an adverbial
                // clause or an object.
                parts.Add(k);
            }
            else if (rel == "xcomp" && TakesInfinitive(t, v, entry))
            {
                parts.Add(k);
                // "called the plan a mistake", "urged the board to act": the object belongs to the content.
                if (t.Child(v, "obj") is var o and >= 0 && o > v && !parts.Contains(o))
                {
                    parts.Add(o);
                }
            }
        }

        // "called the deal “a clear message”": an object and its complement, which the parser may read as two
        // objects, are the content of a cue of evaluation; one object alone is not ("called the police").
        if (parts.Count == 0 && entry.Class == CueClass.Evaluation && t.Children[v].Count(k => k > v && a.Relations[k] == "obj") >= 2)
        {
            parts.AddRange(t.Children[v].Where(k => k > v && a.Relations[k] == "obj"));
        }

        // Inside a quotation only a reported clause makes a nested attribution ("“I hope they win”", not "“I'd welcome a call”").
        if (unit.IsQuoted(a.Words[v].Start) && !parts.Any(k => a.Relations[k] is "ccomp" or "xcomp"))
        {
            return (0, 0, -1);
        }

        var infinitiveTo = -1;
        var after = parts.Where(k => k > v).ToList();
        var chosen = after.Count > 0 ? after : parts;
        if (chosen.Count == 0)
        {
            // "“We will appeal,” she said": the cue hangs on the quotation's verb, which comes first.
            if (a.Relations[v] == "parataxis" && a.HeadIndex(v) is var head and >= 0 && head < v)
            {
                var (hs, _) = t.SubtreeSpan(head);
                var end = t.SubtreeStartIndex(v);
                var (quoteStart, quoteEnd) = TrimContent(unit, hs, a.Words[end].Start, a.Words[v].Start);
                return (quoteStart, quoteEnd, -1);
            }

            // "“We are not there yet,” Ms. Vandermeer told a news conference", "''...,'' testified Markus Lindqvist":
            // a quotation closed just before the cue's source, or before the cue itself, is its content however the
            // parser attached it.
            if (!unit.IsQuoted(a.Words[v].Start))
            {
                var subject = t.NearestChild(v, SubjectRelations, w => w < v);
                var anchor = subject >= 0 ? Math.Min(SubjectSpan(t, subject, v).Start, CueGroupStart(t, v)) : CueGroupStart(t, v);
                // Between the quotation and the source at most a comma, or the source's own words before an
                // apposition ("“...,” the party's chairman, Levan Kvirikashvili, told ..."): no verb.
                var quote = unit.Quotes.LastOrDefault(q => q.Closed && q.Start >= unit.Start && q.End <= anchor
                    && (text.AsSpan(q.End, anchor - q.End).Trim().Trim(',').IsEmpty
                        || (text.AsSpan(q.End, anchor - q.End).TrimEnd().EndsWith(",") && text.AsSpan(q.End, anchor - q.End).TrimStart().StartsWith(",")
                            && !Enumerable.Range(0, a.Count).Any(k => a.Words[k].Start >= q.End && a.Words[k].End <= anchor && a.Upos[k] is "VERB" or "AUX"))));
                if (quote is not null && (subject >= 0 || v + 1 < a.Count && t.NearestChild(v, SubjectRelations, w => w > v) >= 0))
                {
                    return (quote.Start, quote.End, -1);
                }
            }

            return (0, 0, -1);
        }

        var start = chosen.Min(k => t.SubtreeStartIndex(k));
        var last = chosen.Max(k => t.SubtreeEndIndex(k));
        // "called for an inquiry": the preposition is the cue's, the content starts after it.
        if (prepositionObject >= 0 && t.Case(prepositionObject) is { } preposition && preposition >= start)
        {
            start = preposition + 1;
        }

        if (chosen.Count == 1 && a.Relations[chosen[0]] is "xcomp" or "advcl" or "obj" or "obl" && start < last && a.Lemmas[start] == "to" && a.Upos[start] is "PART" or "ADP" && start > v
            && (a.Relations[chosen[0]] == "xcomp" || IsInfinitiveAfter(t, v, chosen[0])))
        {
            infinitiveTo = start;
            start++;
        }

        if (start > v && start < last && a.Lemmas[start] == "that" && a.Relations[start] == "mark")
        {
            start++;
        }

        while (start <= last && a.Upos[start] == "PUNCT" && a.Words[start].Text is "," or ":" or "—" or "-" or "--")
        {
            start++;
        }

        if (start > last)
        {
            return (0, 0, -1);
        }

        var (s, e) = TrimContent(unit, a.Words[start].Start, a.Words[last].End, a.Words[v].Start);
        return (s, e, infinitiveTo);
    }

    /// <summary>
    /// An infinitive or small clause is content for a cue of intent ("plans to build"), of a demand or question
    /// with an object ("urged the board to act", "called the plan a mistake"), or in the sourceless passive ("is
    /// expected to"); "proving to be successful" or "pleaded not guilty" report nothing.
    /// </summary>
    /// <summary>Whether the subtree of <paramref name="k"/> is "to" and a verb, at most a short adverbial after the cue ("vowed on Thursday to veto").</summary>
    private static bool IsInfinitiveAfter(Tree t, int v, int k)
    {
        var a = t.Analysis;
        var to = t.SubtreeStartIndex(k);
        return to > v && to - v <= 4 && to + 1 < a.Count && a.Lemmas[to] == "to" && a.Words[to + 1].Text.All(char.IsLower)
            && Enumerable.Range(v + 1, to - v - 1).All(i => a.Upos[i] is not ("VERB" or "AUX" or "PUNCT"))
            && a.Upos[to + 1] is "VERB" or "NOUN" && !a.Words[to + 1].Text.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool TakesInfinitive(Tree t, int v, CueEntry entry) =>
        entry.Class == CueClass.Intent
        || entry.Class is CueClass.Evaluation
        || (entry.Class is CueClass.Question or CueClass.Belief && t.Child(v, "obj") >= 0) // "expects volumes to recover"
        || (t.Child(v, "aux:pass") >= 0 && SourcelessPassives.Contains(t.Analysis.Lemmas[v].ToLowerInvariant()));

    /// <summary>
    /// Without a final full stop or comma; a quotation the content opens or closes in is taken whole, unless the
    /// cue itself is inside it ("“I hope they win”": the content stays "they win").
    /// </summary>
    private (int Start, int End) TrimContent(Unit unit, int start, int end, int cue)
    {
        end = TrimBack(end);
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '—' or '–')
        {
            end = TrimBack(end - 1);
        }

        foreach (var q in unit.Quotes)
        {
            if (q.Start < end && q.End > start && !(cue >= q.Start && cue < q.End))
            {
                start = Math.Min(start, q.Start);
                end = Math.Max(end, Math.Min(q.End, unit.End));
            }
        }

        return (start, end);
    }

    // ---- noun cues -------------------------------------------------------------------------------------------

    /// <summary>"his claim that ...", "the ministry's statement that ...", "Smith's view is that ...".</summary>
    private Candidate? NounCue(Unit unit, Tree t, int n)
    {
        var a = t.Analysis;
        if (!CueNouns.TryGetValue(a.Lemmas[n].ToLowerInvariant(), out var cls))
        {
            return null;
        }

        var possessor = t.Child(n, "nmod:poss");
        if (possessor < 0)
        {
            return null;
        }

        // The clause: the noun's own ("claim that ..."), or the copula's when the noun is its subject ("view is that").
        var clause = -1;
        foreach (var k in t.Children[n])
        {
            if (k > n && a.Relations[k] is "acl" or "ccomp" && t.Child(k, "mark") is var mark and >= 0 && a.Lemmas[mark] == "that")
            {
                clause = k;
            }
        }

        if (clause < 0 && a.Relations[n] == "nsubj" && a.HeadIndex(n) is var head and >= 0 && head > n)
        {
            // "Smith's view is that ...": the clause is the head; the copula carries it.
            if (t.Child(head, "mark") is var m and >= 0 && a.Lemmas[m] == "that" && t.Child(head, "cop") >= 0)
            {
                clause = head;
            }
            else
            {
                clause = t.Child(head, "ccomp");
            }
        }

        if (clause < 0 || a.Words[possessor].Text is "my" or "our" or "your" && !unit.IsQuoted(a.Words[possessor].Start))
        {
            return null;
        }

        var startIndex = t.SubtreeStartIndex(clause);
        if (clause == a.HeadIndex(n))
        {
            startIndex = Math.Max(startIndex, n + 1);
            while (startIndex <= clause && a.Relations[startIndex] is "cop" or "mark")
            {
                startIndex++;
            }
        }
        else if (a.Lemmas[startIndex] == "that")
        {
            startIndex++;
        }

        var endIndex = t.SubtreeEndIndex(clause);
        if (startIndex > endIndex)
        {
            return null;
        }

        var (cs, ce) = TrimContent(unit, a.Words[startIndex].Start, a.Words[endIndex].End, a.Words[n].Start);
        var (ss, se) = t.PhraseSpan(possessor, n);
        var sourceEnd = se;
        // The possessive "'s" is part of the source as written ("the ministry's").
        return new Candidate(a.Words[n].Start, a.Words[n].End, ss, sourceEnd, cs, ce, cls, false, -1, -1);
    }

    // ---- transcripts -----------------------------------------------------------------------------------------

    /// <summary>The speaker label that opens a transcript line ("HOLLINS:", "Q:", "SEN. MARIA ORTEGA:") and where its words start.</summary>
    public readonly record struct TranscriptLabel(int Start, int End, int Colon, int ContentStart);

    /// <summary>The label of a transcript line, or null: capitals only (a name in capitals, or Q and A) before a colon.</summary>
    public TranscriptLabel? TranscriptSpeaker(int start, int end)
    {
        var m = TranscriptLabelPattern().Match(text, start, end - start);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["src"];
        var colon = m.Groups["cue"];
        if (NotSpeakerLabels.Contains(label.Value))
        {
            return null;
        }

        var contentStart = SkipSpaces(colon.Index + 1, end);
        return contentStart < end ? new TranscriptLabel(label.Index, label.Index + label.Length, colon.Index, contentStart) : null;
    }

    /// <summary>The transcript line's speaker as the attribution of the words from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Attribution SpeakerLine(TranscriptLabel label, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var unit = new Unit(start, end, quotes);
        var written = text[label.Start..label.End];
        var type = written is "Q" or "A" ? SourceType.Anonymous
            : Outlets.IsOutlet(written) ? SourceType.Outlet : SourceType.Person;
        var name = type == SourceType.Person ? names.FullName(TitleCase(LastWord(written))) ?? TitleCase(written) : written;
        var np = new NounPhrase(label.Start, label.End, type, name, null);
        return Make(np, null, Span(label.Colon, label.Colon + 1), start, TrimBack(end), unit) with { CueClass = CueClass.Speech };
    }

    /// <summary>
    /// The speaker of a headline that names who says it before a colon ("Envoy: both sides have agreed to a pause",
    /// "11:31 p.m. — Hargrove: ‘Every vote has to be counted’"), or null. The label is a short noun phrase opening
    /// with a capital, not a section label ("Analysis:", "Watch:").
    /// </summary>
    public TranscriptLabel? HeadlineSpeaker(int start, int end)
    {
        var m = HeadlineLabelPattern().Match(text, start, end - start);
        if (!m.Success || m.Index != start && !string.IsNullOrWhiteSpace(text[start..m.Index]))
        {
            return null;
        }

        var label = m.Groups["src"];
        var words = label.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var contentStart = SkipSpaces(m.Groups["cue"].Index + 1, end);
        var contentWords = text[contentStart..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // A label in capitals is a kicker ("RAT PACK ATTACK: ..."), not a name.
        // So is a label that names a section or a format ("NATO summit live:", "Readers respond:").
        if (NotSpeakerLabels.Contains(label.Value) || label.Value.All(c => !char.IsLower(c)) || contentWords < 3 || FunctionWords.Contains(words[^1])
            || SectionLabelHeads.Contains(words[^1]))
        {
            return null;
        }

        return new TranscriptLabel(label.Index, label.Index + label.Length, m.Groups["cue"].Index, contentStart);
    }

    /// <summary>The headline's speaker as the attribution of the words after the colon.</summary>
    public Attribution HeadlineLine(TranscriptLabel label, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var unit = new Unit(label.ContentStart, end, quotes);
        var written = text[label.Start..label.End];
        var np = ReadNounPhrase(label.Start, label.End, allowLowercase: true)
                 ?? CommonNounPhrase(label.Start, label.End, written, written.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Make(np, null, Span(label.Colon, label.Colon + 1), label.ContentStart, TrimBack(end), unit) with { CueClass = CueClass.Speech };
    }

    /// <summary>
    /// The writer of a letter or statement signed on a line of its own ("— Harlan Yoder, Millersburg", "— Grant
    /// Whitaker"), or null: a dash, then two to four capitalised names, then at most a place after a comma.
    /// </summary>
    public (int Start, int End, int Dash)? Signature(int start, int end)
    {
        var m = SignaturePattern().Match(text, start, end - start);
        return m.Success && m.Index + m.Length == end ? (m.Groups["src"].Index, m.Groups["src"].Index + m.Groups["src"].Length, m.Groups["cue"].Index) : null;
    }

    /// <summary>A signed text's writer as the attribution of one of its sentences.</summary>
    public Attribution SignedBy((int Start, int End, int Dash) signature, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var unit = new Unit(start, end, quotes);
        var np = new NounPhrase(signature.Start, signature.End, SourceType.Person, names.FullName(text[signature.Start..signature.End]) ?? text[signature.Start..signature.End], null);
        return Make(np, null, Span(signature.Dash, signature.Dash + 1), start, TrimBack(end), unit) with { CueClass = CueClass.Speech, Quote = QuoteType.Direct };
    }

    [GeneratedRegex(@"\G\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.\s?m\.)?\s*(?:—|–|-)\s*)?(?<src>\p{Lu}[\p{L}\p{Nd}.'’\-]*(?:\s+[\p{L}\p{Nd}.'’\-]+){0,4}?)\s*(?<cue>:)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineLabelPattern();

    [GeneratedRegex(@"\G\s*(?<cue>—|–|--?)\s*(?<src>\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,40})?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern();

    private static string TitleCase(string capitals) =>
        string.Join(' ', capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(c => !char.IsLower(c)) ? w[0] + w[1..].ToLowerInvariant() : w));

    /// <summary>The words that join a second attribution to the first: ", and", ", while", "; but", "whereas".</summary>
    [GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas|although|though)|;\s*(?:and|but)?|\s(?:while|whereas))$", RegexOptions.CultureInvariant)]
    private static partial Regex SiblingJoint();

    /// <summary>Where a unit's sentence starts: after a dateline ("WARSAW (Wire) — Poland's opposition claimed ..."), which is no part of its grammar.</summary>
    private int AfterDateline(int start, int end) =>
        Dateline().Match(text, start, end - start) is { Success: true } dateline ? start + dateline.Length : start;

    /// <summary>A dateline that opens a report: "WARSAW (Wire) — ", "COLUMBUS, Ohio (AP) -- ".</summary>
    [GeneratedRegex(@"\G\s*\p{Lu}[\p{Lu}.'’\- ]+(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\([^()]{1,40}\))?\s*(?:—|–|--|-)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\G\s*(?<src>(?:[\p{Lu}][\p{Lu}’'.\-]+)(?:\s+[\p{Lu}][\p{Lu}’'.\-]+){0,3}|Q|A)\s*(?<cue>:)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex TranscriptLabelPattern();

    /// <summary>The parse as child lists, with the spans of subtrees and phrases.</summary>
    private sealed class Tree
    {
        public Tree(SentenceAnalysis analysis)
        {
            Analysis = analysis;
            // Most words are leaves: they share one empty list (never added to after this), so a sentence allocates a
            // list only per head, not per word.
            Children = new List<int>[analysis.Count];
            for (var i = 0; i < analysis.Count; i++)
            {
                var head = analysis.HeadIndex(i);
                if (head >= 0 && head < analysis.Count)
                {
                    (Children[head] ??= new List<int>(2)).Add(i);
                }
            }

            for (var i = 0; i < Children.Length; i++)
            {
                Children[i] ??= NoChildren;
            }

            subtreeStart = new int[analysis.Count];
            subtreeEnd = new int[analysis.Count];
            Array.Fill(subtreeStart, -1);
        }

        private static readonly List<int> NoChildren = [];

        private readonly int[] subtreeStart;
        private readonly int[] subtreeEnd;

        public SentenceAnalysis Analysis { get; }

        public List<int>[] Children { get; }

        public int Child(int w, string relation)
        {
            foreach (var k in Children[w])
            {
                if (Analysis.Relations[k] == relation)
                {
                    return k;
                }
            }

            return -1;
        }

        public int Child(int w, FrozenSet<string> relations)
        {
            foreach (var k in Children[w])
            {
                if (relations.Contains(Analysis.Relations[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>The child with one of the relations nearest to <paramref name="w"/> (a relative pronoun before a noun it follows).</summary>
        public int NearestChild(int w, FrozenSet<string> relations, Func<int, bool> acceptable)
        {
            var best = -1;
            foreach (var k in Children[w])
            {
                if (relations.Contains(Analysis.Relations[k]) && acceptable(k) && (best < 0 || Math.Abs(k - w) < Math.Abs(best - w)))
                {
                    best = k;
                }
            }

            return best;
        }

        /// <summary>The head of the noun phrase that ends just before <paramref name="w"/> (past a comma), or -1.</summary>
        public int NounBefore(int w)
        {
            var i = w - 1;
            while (i >= 0 && Analysis.Upos[i] == "PUNCT")
            {
                i--;
            }

            if (i < 0 || Analysis.Upos[i] is not ("NOUN" or "PROPN"))
            {
                return -1;
            }

            while (Analysis.Relations[i] is "compound" or "flat" && Analysis.HeadIndex(i) is var h and >= 0 && h < w)
            {
                i = h;
            }

            return i;
        }

        /// <summary>The agent of a passive ("was criticised by the union"): the oblique introduced by "by".</summary>
        public int Agent(int v)
        {
            foreach (var k in Children[v])
            {
                if (Analysis.Relations[k] is "obl:agent" or "obl" && k > v && Case(k) is { } c && Analysis.Lemmas[c] == "by")
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>The preposition of an oblique or nominal ("for" in "for an inquiry"), or null.</summary>
        public int? Case(int w)
        {
            foreach (var k in Children[w])
            {
                if (Analysis.Relations[k] == "case" && k < w)
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>Adverbs straight after a verb ("called again for"), counted so a preposition after them still joins the cue.</summary>
        public int AdverbsAfter(int v)
        {
            var n = 0;
            while (v + 1 + n < Analysis.Count && Analysis.Relations[v + 1 + n] == "advmod" && Analysis.HeadIndex(v + 1 + n) == v)
            {
                n++;
            }

            return n;
        }

        public int SubtreeStartIndex(int w)
        {
            Fill(w);
            return subtreeStart[w];
        }

        public int SubtreeEndIndex(int w)
        {
            Fill(w);
            return subtreeEnd[w];
        }

        public (int Start, int End) SubtreeSpan(int w) =>
            (Analysis.Words[SubtreeStartIndex(w)].Start, Analysis.Words[SubtreeEndIndex(w)].End);

        /// <summary>
        /// The noun phrase headed by <paramref name="head"/> as a source is written: its subtree without appositions,
        /// relative clauses and other clauses, and never reaching <paramref name="stop"/> (the cue).
        /// </summary>
        public (int Start, int End) PhraseSpan(int head, int stop)
        {
            if (Analysis.Upos[head] == "PRON")
            {
                return (Analysis.Words[head].Start, Analysis.Words[head].End);
            }

            var first = head;
            var last = head;
            var stack = new Stack<int>();
            stack.Push(head);
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var k in Children[w])
                {
                    // "Diplomats who spoke on condition of anonymity", "a survey published Monday": a clause with no
                    // comma before it restricts the noun and is part of the phrase, unless it holds the cue.
                    if (Analysis.Relations[k] is "acl:relcl" or "acl" && SubtreeStartIndex(k) is var rs and > 0 && Analysis.Upos[rs - 1] != "PUNCT"
                        && !(rs <= stop && stop <= SubtreeEndIndex(k)) && (head < stop ? SubtreeEndIndex(k) < stop : rs > stop))
                    {
                        first = Math.Min(first, rs);
                        last = Math.Max(last, SubtreeEndIndex(k));
                        continue;
                    }

                    // "Board member Tom Greer": a name in apposition with no punctuation between is part of the phrase.
                    var closeApposition = Analysis.Relations[k] is "appos" && SubtreeStartIndex(k) > 0 && Analysis.Upos[SubtreeStartIndex(k) - 1] != "PUNCT";
                    if ((OutsideSourcePhrase.Contains(Analysis.Relations[k]) && !closeApposition) || k == stop || (head < stop ? k > stop : k < stop))
                    {
                        continue;
                    }

                    first = Math.Min(first, k);
                    last = Math.Max(last, k);
                    stack.Push(k);
                }
            }

            // Premodifiers the parser hung elsewhere ("Hungarian Prime Minister Gabor Szalai" with "Hungarian" on the
            // verb): adjacent adjectives, nouns, names, numbers, determiners and possessives before the phrase join it.
            // Nothing of the phrase stands before its article ("on Sunday the minister said").
            while (first > 0 && first - 1 != stop && IsPremodifier(first - 1) && !(Analysis.Upos[first] == "DET" && Analysis.Lemmas[first] is "the" or "a"))
            {
                first--;
            }

            // A phrase cut by a comma keeps the part with its head ("Smith, 54," is "Smith").
            for (var i = head - 1; i >= first; i--)
            {
                if (Analysis.Words[i].Text is "," or "(" or "—")
                {
                    first = i + 1;
                    break;
                }
            }

            for (var i = head + 1; i <= last; i++)
            {
                if (Analysis.Words[i].Text is "," or ")" or "—" or "\"" or "“" or "”")
                {
                    last = i - 1;
                    break;
                }
            }

            return (Analysis.Words[first].Start, Analysis.Words[last].End);
        }

        /// <summary>A word that can stand in a source noun phrase read off the surface: names, nouns, adjectives, numbers, determiners, possessives, pronouns.</summary>
        public bool IsNounPhraseWord(int i) =>
            IsPremodifier(i) || (Analysis.Upos[i] == "PRON" && Analysis.Lemmas[i] is not ("who" or "that" or "which" or "what"));

        private bool IsPremodifier(int i) =>
            Analysis.Upos[i] is "ADJ" or "PROPN" or "NOUN" or "NUM" or "DET"
            || (Analysis.Upos[i] == "PART" && Analysis.Words[i].Text is "'s" or "’s")
            || (Analysis.Upos[i] == "PRON" && Analysis.Relations[i] == "nmod:poss");

        private void Fill(int w)
        {
            if (subtreeStart[w] >= 0)
            {
                return;
            }

            // Iterative post-order: a deep parse must not overflow the stack.
            var order = new List<int>();
            var stack = new Stack<int>();
            stack.Push(w);
            while (stack.Count > 0)
            {
                var x = stack.Pop();
                order.Add(x);
                foreach (var k in Children[x])
                {
                    if (subtreeStart[k] < 0)
                    {
                        stack.Push(k);
                    }
                }
            }

            for (var i = order.Count - 1; i >= 0; i--)
            {
                var x = order[i];
                var s = x;
                var e = x;
                foreach (var k in Children[x])
                {
                    s = Math.Min(s, subtreeStart[k]);
                    e = Math.Max(e, subtreeEnd[k]);
                }

                subtreeStart[x] = s;
                subtreeEnd[x] = e;
            }
        }
    }
}
