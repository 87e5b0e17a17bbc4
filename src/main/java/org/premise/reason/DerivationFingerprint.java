package org.premise.reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;

import org.premise.BundledResources;
import org.premise.kb.BundledOntology;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.rules.RuleFiles;

/**
 * What a store's derived graphs were derived with, as two short strings recorded in its
 * {@code graph:derivation} ({@link org.premise.kb.DerivationGraph}): a reader whose own
 * fingerprint is equal may use the stored graphs instead of deriving them again.
 * <ul>
 * <li>{@link #inferred()} covers {@code graph:inferred}: the derivation format (bumped when
 * the way derived graphs are stored changes), the Premise version, the rules in the order they
 * run and the bundled ontology's text.</li>
 * <li>{@link #analysis()} covers {@code graph:analysis}: the above and the analysis limits
 * ({@code --max-sets}).</li>
 * </ul>
 * The rules are taken as parsed (Jena's {@code Rule.toString()}: names, clauses, terms in full),
 * not as file text: every holder of the rule list (a load, a reader, a server) computes the
 * same fingerprint without the files, and a change of comments or layout changes nothing.
 * The sources are not covered: Premise writes the derived graphs in the same transaction as
 * the sources they come from ({@code load}, {@code serve --update}), so they cannot differ.
 */
public record DerivationFingerprint(String inferred, String analysis) {
    /** Bumped whenever what the derived graphs hold, or how, changes. */
    public static final int FORMAT = 1;

    /** The fingerprint of deriving with these rules (in order) and these analysis limits, by this Premise. */
    public static DerivationFingerprint of(List<RuleFiles.SourcedRule> rules, AnalysisLimits limits) {
        MessageDigest sha = sha256();
        for (RuleFiles.SourcedRule r : rules) update(sha, "rule", r.rule().toString());
        SortedMap<String, String> ontology = BundledResources.onClasspath().readAll(BundledOntology.BUNDLED_ONTOLOGY);
        for (String name : BundledOntology.ONTOLOGY_FILES) update(sha, "ontology", String.valueOf(ontology.get(name)));
        String inferred = "premise " + version() + "; derivation format " + FORMAT + "; rules and ontology sha256:"
                + HexFormat.of().formatHex(sha.digest());
        String analysis = inferred + "; analysis limits " + limits.supportSetCap() + " support sets, " + limits.defeatSetCap()
                + " defeat sets, " + limits.supportSteps() + " support steps, " + limits.defeatSearchSteps() + " defeat steps";
        return new DerivationFingerprint(inferred, analysis);
    }

    /** The version of the running Premise (from the jar's manifest), or "development" when run from classes. */
    public static String version() {
        String v = DerivationFingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static void update(MessageDigest sha, String kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Kind and length first, so that no two different lists give the same bytes.
        sha.update((kind + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
