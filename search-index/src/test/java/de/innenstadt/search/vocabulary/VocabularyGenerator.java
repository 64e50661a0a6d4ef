// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code openthesaurus-retail.txt} and {@code stems.txt} from OpenThesaurus, LanguageTool's German lexicon
 * and our curated lists. Run it after editing {@code retail-anchors.txt}, {@code openthesaurus-exclusions.txt} or
 * {@code additions.txt}, or when a source has a new release (command in {@code docs/vocabulary.md}); the output is
 * reviewed like code, since it changes what shoppers find.
 *
 * <p>Arguments (optional): the OpenThesaurus text file (default: Debian's {@value #DEBIAN_THESAURUS}) and the
 * repository root (default: found upwards from the working directory).
 */
public final class VocabularyGenerator {

    static final String DEBIAN_THESAURUS = "/usr/share/openthesaurus-de/openthesaurus.txt";
    static final String VOCABULARY = "search-index/src/main/resources/elasticsearch/vocabulary";
    static final String DEMO_PRODUCTS = "core/src/main/resources/demo/kaiserslautern";
    /** For the reviewer: every kept set beside its rules; not part of the vocabulary. */
    static final String REVIEW = "search-index/target/vocabulary/kept-sets.txt";
    static final String STEM_REVIEW = "search-index/target/vocabulary/stem-rules.txt";

    private static final Set<String> NOT_PRODUCT_WORDS = Set.of("[marken]", "[beschreibung]");
    private static final Pattern DATA_DATE = Pattern.compile("^# Automatically generated (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}-]*\\p{L}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern SINGLE_WORD = Pattern.compile("[\\p{L}-]+");
    private static final String POS_DICT_VERSION = "/META-INF/maven/de.danielnaber/german-pos-dict/pom.properties";

    private VocabularyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path thesaurus = Path.of(args.length > 0 ? args[0] : DEBIAN_THESAURUS);
        Path root = args.length > 1 ? Path.of(args[1]) : repositoryRoot(Path.of("").toAbsolutePath());
        Path vocabulary = root.resolve(VOCABULARY);

        RetailWords words = RetailWords.parse(Files.readAllLines(vocabulary.resolve("retail-anchors.txt")),
                Files.readAllLines(vocabulary.resolve("openthesaurus-exclusions.txt")));
        List<String> thesaurusLines = Files.readAllLines(thesaurus);
        List<String> setLines = thesaurusLines.stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        List<List<ThesaurusTerm>> sets = setLines.stream().map(ThesaurusTerm::parseLine).toList();
        NounLexicon lexicon = NounLexicon.germanPosDict();

        RetailSynonyms synonyms = new RetailSynonyms(words, lexicon, sets);
        Map<RetailSynonyms.Verdict, Integer> verdicts = new EnumMap<>(RetailSynonyms.Verdict.class);
        Set<String> rules = new TreeSet<>();
        List<String> review = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            RetailSynonyms.Result result = synonyms.rulesFor(sets.get(i));
            verdicts.merge(result.verdict(), 1, Integer::sum);
            result.rules().forEach(rule -> rules.add(rule.toSolr()));
            if (result.verdict() == RetailSynonyms.Verdict.KEPT) {
                review.add(setLines.get(i));
                result.rules().forEach(rule -> review.add("    " + rule.toSolr()));
            } else if (result.verdict() == RetailSynonyms.Verdict.WRONG_SENSE) {
                review.add("DROPPED AS WRONG SENSE: " + setLines.get(i));
            }
        }
        String dataDate = thesaurusLines.stream().map(DATA_DATE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse("unknown");
        write(vocabulary.resolve("openthesaurus-retail.txt"), thesaurusHeader(dataDate), rules);
        Path reviewFile = root.resolve(REVIEW);
        Files.createDirectories(reviewFile.getParent());
        write(reviewFile, List.of("# Each kept OpenThesaurus set, followed by the rules written for it, and the anchored sets dropped as a wrong sense."), review);

        Set<String> wanted = new LinkedHashSet<>(words.anchors());
        wanted.addAll(demoVocabularyNouns(root.resolve(DEMO_PRODUCTS)));
        wanted.addAll(singleWords(rules));
        wanted.addAll(singleWords(Files.readAllLines(vocabulary.resolve("additions.txt"))));
        StemOverrides.Report stems;
        try (GermanChain chain = new GermanChain()) {
            stems = new StemOverrides(lexicon, chain).build(wanted);
        }
        List<String> stemLines = stems.rules().stream().map(StemOverrides.StemRule::toRule).toList();
        write(vocabulary.resolve("stems.txt"), stemsHeader(posDictVersion()), stemLines);
        write(root.resolve(STEM_REVIEW), List.of("# Each stem rule with its lemma; rivals were not asked for, only kept apart."),
                stems.rules().stream().map(rule -> rule.toRule() + "    # " + rule.lemma()
                        + (rule.wanted() ? "" : " (rival)")).toList());

        System.out.printf("OpenThesaurus %s: %d sets read, %s%n", dataDate, sets.size(), verdicts);
        System.out.printf("openthesaurus-retail.txt: %d rules (kept sets beside their rules: %s)%n", rules.size(), REVIEW);
        System.out.printf("stems.txt: %d lemmas wanted, %d rival lemmas added, %d rules, %d forms left ambiguous%n",
                stems.wantedLemmas(), stems.rivalLemmas(), stems.rules().size(), stems.ambiguousForms());
    }

    /** The directory above {@code start} (or itself) that holds {@code search-index/pom.xml}. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("search-index/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No search-index/pom.xml above " + start + ": pass the repository root as 2nd argument");
    }

    /**
     * Capitalised words of the demo catalogue's vocabulary files: titles and placeholder values, placeholders removed;
     * not the brand names and descriptions, which are not product words.
     */
    static Set<String> demoVocabularyNouns(Path demo) throws IOException {
        Set<String> nouns = new TreeSet<>();
        try (Stream<Path> files = Files.list(demo)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("products-.*\\.txt")).sorted().toList()) {
                boolean productWords = true;
                for (String line : RetailWords.content(Files.readAllLines(file))) {
                    if (line.startsWith("[")) {
                        productWords = !NOT_PRODUCT_WORDS.contains(line);
                        continue;
                    }
                    Matcher word = CAPITALISED.matcher(PLACEHOLDER.matcher(line).replaceAll(" "));
                    while (productWords && word.find()) {
                        nouns.add(word.group());
                    }
                }
            }
        }
        return nouns;
    }

    /** The single words of synonym rules (multi-word phrases have no lemma to stem). */
    static Set<String> singleWords(Iterable<String> ruleLines) {
        Set<String> single = new TreeSet<>();
        for (String line : ruleLines) {
            SynonymRule rule = SynonymRule.parse(line);
            if (rule != null) {
                rule.allWords().stream().filter(w -> SINGLE_WORD.matcher(w).matches()).forEach(single::add);
            }
        }
        return single;
    }

    private static String posDictVersion() throws IOException {
        try (InputStream in = VocabularyGenerator.class.getResourceAsStream(POS_DICT_VERSION)) {
            if (in == null) {
                throw new IOException(POS_DICT_VERSION + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    private static List<String> thesaurusHeader(String dataDate) {
        return List.of(
                "# SPDX-License-Identifier: LGPL-2.1-or-later",
                "# Retail synonyms selected from OpenThesaurus, https://www.openthesaurus.de, data of " + dataDate,
                "# (Debian package openthesaurus-de-text). Copyright (C) 2003-2014 Daniel Naber and the",
                "# OpenThesaurus contributors; licensed under the GNU Lesser General Public License 2.1 or later",
                "# (see NOTICE). Changes: only sets naming a retail product type kept, terms filtered, plurals",
                "# added, lower case, Solr format.",
                "# GENERATED by de.innenstadt.search.vocabulary.VocabularyGenerator: do not edit, see docs/vocabulary.md.");
    }

    private static List<String> stemsHeader(String version) {
        return List.of(
                "# SPDX-License-Identifier: CC-BY-SA-4.0",
                "# Stem overrides (Elasticsearch stemmer_override, \"forms => stem\") for the German index chain,",
                "# applied after lowercase, german_normalization and asciifolding, before the light_german stemmer.",
                "# Derived from german-pos-dict " + version + " (LanguageTool; Daniel Naber, based on Morphy by",
                "# Wolfgang Lezius), licensed CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/;",
                "# this file is under the same licence (see NOTICE). Changes: noun forms selected, normalised",
                "# as the index chain does, and mapped to one stem per lemma.",
                "# GENERATED by de.innenstadt.search.vocabulary.VocabularyGenerator: do not edit, see docs/vocabulary.md.");
    }

    private static void write(Path file, List<String> header, Iterable<String> lines) throws IOException {
        List<String> content = new ArrayList<>(header);
        lines.forEach(content::add);
        Files.write(file, content, StandardCharsets.UTF_8);
    }
}
