package org.premise.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.premise.reason.analysis.Status;

/**
 * An argument map as a picture shows it: statements with their text, kind and grounded
 * status; arguments as junctions joining their premises to one conclusion (two premises of
 * one argument read as <em>and</em>, two arguments for one claim as <em>or</em>); undercuts
 * and rebuts; open questions with what they bear on; groups (documents, their sections and
 * blocks, loops with their conditions); and what was left out to keep a large map legible.
 * Built by {@link ArgumentMapReader}; drawn by {@code premise draw} and by the explorer of
 * {@code premise serve}, from the same model, so the two show the same thing.
 *
 * <p>Ids are the analysis's statement ids (IRIs, or {@code _:label} for blank nodes);
 * arguments keep their own IRI (or a made-up {@code argument:N} when they have none).
 * Every collection is in a stable order (statements by group, then key), so the same
 * knowledge base gives the same drawing byte for byte.
 *
 * @param title      what the map shows (the knowledge base, one document, or around one statement)
 * @param statements the statements drawn (open questions included, as kind {@link Kind#QUESTION})
 * @param arguments  the arguments among them
 * @param attacks    undercuts and rebuts among them (a rebut once, not once each way)
 * @param groups     the groups statements and arguments belong to, parents before children
 * @param collapsed  what was left out, and why; empty when everything in scope is drawn
 * @param whatIf     the change drawn, when the map shows a what-if
 */
public record ArgumentMap(String title, List<StatementNode> statements, List<ArgumentNode> arguments,
                          List<Attack> attacks, List<Group> groups, List<Collapsed> collapsed,
                          Optional<Change> whatIf) {

    /** A statement's role, from its most specific class (a prediction is also a conclusion). */
    public enum Kind {
        ASSUMPTION, EVIDENCE, DEFINITION, CONCLUSION, PREDICTION, QUESTION,
        /** Neither typed as a leaf nor as a conclusion: an intermediate claim, or an imported AIF proposition. */
        CLAIM;

        /** The lower-case name used in JSON, DOT classes and legends. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How one statement attacks another. */
    public enum AttackKind {
        /** Directed: the attacker defeats a premise or a loop's condition. */
        UNDERCUT,
        /** Mutual: each statement attacks the other. */
        REBUT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a group stands for. */
    public enum GroupKind {
        DOCUMENT, SECTION, TAKEAWAYS, UNKNOWNS, LOOP;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One statement.
     *
     * @param id           the analysis id (IRI)
     * @param key          the short name users type, or null
     * @param label        the short label (rdfs:label), or null
     * @param text         the full text, or null (an AIF proposition may have only a label, a bare IRI neither)
     * @param kind         its role
     * @param implicit     made explicit by an analyst: the document does not say it
     * @param leaf         stands on its own (assumption, evidence, definition): a what-if may retract it
     * @param status       grounded status in the scenario drawn (after the what-if, when there is one); null for a question
     * @param before       status before the what-if; equal to {@code status} when nothing changed or no what-if is drawn
     * @param lostSupport  had support before the what-if and has none after
     * @param changedByUser retracted or assumed by the what-if drawn
     * @param linchpinOf   the conclusions drawn for which this statement is in every support set (in the scenario drawn)
     * @param bearsOn      for an open question, the statements it bears on (drawn ones only)
     * @param group        the innermost group it is drawn in, or null
     */
    public record StatementNode(String id, String key, String label, String text, Kind kind, boolean implicit,
                                boolean leaf, Status status, Status before, boolean lostSupport, boolean changedByUser,
                                List<String> linchpinOf, List<String> bearsOn, String group) {
        /** What to print for it: the label, else the text, else the key, else the id. */
        public String caption() {
            if (label != null && !label.isBlank()) return label;
            if (text != null && !text.isBlank()) return text;
            return key != null ? key : id;
        }

        /** The key, or the id when it has none. */
        public String name() {
            return key != null ? key : id;
        }

        public boolean isQuestion() {
            return kind == Kind.QUESTION;
        }

        public boolean isLinchpin() {
            return !linchpinOf.isEmpty();
        }

        public boolean statusChanged() {
            return status != before;
        }
    }

    /**
     * One argument: all its premises together support its conclusion.
     *
     * @param hiddenPremises premises left out of the drawing (see {@link ArgumentMap#collapsed()}); 0 when all are drawn
     */
    public record ArgumentNode(String id, String conclusion, List<String> premises, int hiddenPremises, String group) {
    }

    /** An undercut (attacker to target) or a rebut (between the two). */
    public record Attack(String from, String to, AttackKind kind) {
    }

    /** A group of statements: a document, a section or block of one, or a loop with its conditions. */
    public record Group(String id, String label, GroupKind kind, String parent) {
    }

    /** Statements in scope that were not drawn, how many, and why. */
    public record Collapsed(String what, int statements, String reason) {
    }

    /** The what-if drawn: what was retracted and assumed, and what it changed. */
    public record Change(List<String> retracted, List<String> assumed, List<String> lostSupport,
                         List<String> statusChanged) {
    }

    /** How finely a drawing groups: not at all, by document (and loop), or by section too. */
    public enum Grouping {
        NONE, DOCUMENT, SECTION;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The map with groups coarsened to {@code grouping}: sections and blocks folded into their
     * document (DOCUMENT; loops stay), or every group dropped (NONE).
     */
    public ArgumentMap grouped(Grouping grouping) {
        if (grouping == Grouping.SECTION) return this;
        Map<String, Group> byId = groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        Function<String, String> lift = id -> {
            if (id == null || grouping == Grouping.NONE) return null;
            Group g = byId.get(id);
            while (g != null && g.parent() != null) g = byId.get(g.parent());
            return g == null ? null : g.id();
        };
        List<StatementNode> s = statements.stream().map(n -> new StatementNode(n.id(), n.key(), n.label(), n.text(), n.kind(),
                n.implicit(), n.leaf(), n.status(), n.before(), n.lostSupport(), n.changedByUser(), n.linchpinOf(), n.bearsOn(),
                lift.apply(n.group()))).toList();
        Map<String, String> groupOf = s.stream().filter(n -> n.group() != null)
                .collect(Collectors.toMap(StatementNode::id, StatementNode::group));
        List<ArgumentNode> a = arguments.stream().map(n -> {
            String g = groupOf.get(n.conclusion());
            boolean same = g != null && n.premises().stream().allMatch(p -> g.equals(groupOf.get(p)));
            return new ArgumentNode(n.id(), n.conclusion(), n.premises(), n.hiddenPremises(), same ? g : null);
        }).toList();
        List<Group> kept = grouping == Grouping.NONE ? List.of() : groups.stream().filter(g -> g.parent() == null).toList();
        return new ArgumentMap(title, s, a, attacks, kept, collapsed, whatIf);
    }

    /** The statements by id. */
    public Map<String, StatementNode> statementsById() {
        return statements.stream().collect(Collectors.toMap(StatementNode::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** How many statements in scope were left out. */
    public int hiddenStatements() {
        return collapsed.stream().mapToInt(Collapsed::statements).sum();
    }
}
