package org.premise.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.BadInputException;
import org.premise.ClosestNames;
import org.premise.kb.StatementNames;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;
import org.premise.reason.AnalysisWriter;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.Status;
import org.premise.reason.analysis.WhatIf;

/**
 * Builds an {@link ArgumentMap} from a workspace: its argument graph and analysis (status,
 * linchpins, a what-if), and from the RDF the texts, kinds, appearances and loops.
 *
 * <p>Cost: one pass over the argument, attack and appearance triples to find the scope, then
 * a few look-ups per statement drawn; the analysis computes the statuses (polynomial) and the
 * linchpins of the conclusions drawn (a fixpoint, no support sets listed). A scope larger than
 * {@link MapScope#maxStatements()} keeps the statements nearest the top of the argument graph
 * (breadth first from what nothing else rests on) and collapses the rest, so the work past the
 * scope is bounded by the limit, not by the knowledge base.
 */
public final class ArgumentMapReader {
    private static final Node DEFINITION = Vocab.premise("Definition");
    private static final Node PREDICTION = Vocab.premise("Prediction");
    private static final Node IMPLICIT = Vocab.premise("ImplicitStatement");
    private static final Node LOOP = Vocab.premise("Loop");
    private static final Node BREAKDOWN = Vocab.premise("breakdownClaim");

    private final Graph g;
    private final StatementNames names;
    private final Analysis baseline;
    private final ArgumentGraph ag;
    /** Every argument of the argument graph, with its RDF id, in the order the graph lists them. */
    private final List<ArgumentNode> arguments = new ArrayList<>();
    private final Map<String, List<ArgumentNode>> argumentsFor = new HashMap<>();
    private final Map<String, List<ArgumentNode>> premiseOf = new HashMap<>();
    private final List<ArgumentMap.Attack> attacks = new ArrayList<>();
    /** The argument graph's questions and conclusions as sets: its lists would make every look-up linear. */
    private final Set<String> questions;
    private final Set<String> conclusions;

    /** An argument as read, before the map decides which premises it draws. */
    private record ArgumentNode(String id, String conclusion, List<String> premises) {
    }

    private ArgumentMapReader(Workspace ws) {
        this.g = ws.kb().union();
        this.names = new StatementNames(g);
        this.baseline = ws.analysis();
        this.ag = baseline.graph();
        this.questions = new HashSet<>(ag.questions());
        this.conclusions = new HashSet<>(ag.conclusions());
    }

    /** The map of {@code scope} in the workspace's knowledge base. Bad names are {@link BadInputException}s. */
    public static ArgumentMap read(Workspace ws, MapScope scope) {
        return new ArgumentMapReader(ws).build(scope);
    }

    private ArgumentMap build(MapScope scope) {
        readArguments();
        readAttacks();
        Optional<WhatIf> whatIf = Optional.empty();
        if (scope.isWhatIf()) whatIf = Optional.of(baseline.whatIf(analysed(scope.retract()), analysed(scope.assume())));
        Analysis shown = whatIf.map(WhatIf::hypothetical).orElse(baseline);

        String title;
        Set<String> inScope;
        Node document = null;
        if (scope.focus() != null) {
            String focus = id(names.statement(scope.focus()));
            if (!ag.contains(focus) && !questions.contains(focus)) {
                throw new BadInputException("\"" + scope.focus() + "\" is not a statement of the argument graph");
            }
            inScope = around(focus, scope.depth());
            title = "around " + show(focus) + ", " + scope.depth() + (scope.depth() == 1 ? " step" : " steps") + " each way";
        } else if (scope.document() != null) {
            document = document(scope.document());
            inScope = ofDocument(document);
            title = Optional.ofNullable(GraphLookup.lexical(g, document, Vocab.dctermsTitle)).orElse(show(id(document)));
        } else {
            inScope = new LinkedHashSet<>(ag.statements());
            inScope.addAll(ag.questions());
            title = "the knowledge base";
        }

        List<ArgumentMap.Collapsed> collapsed = new ArrayList<>();
        Set<String> drawn = collapse(inScope, scope.maxStatements(), collapsed);

        Groups groups = new Groups(document);
        Map<String, ArgumentMap.StatementNode> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> linchpinOf = linchpins(shown, drawn);
        Set<String> lost = whatIf.map(w -> (Set<String>) new HashSet<>(w.lostSupport())).orElse(Set.of());
        Set<String> changedByUser = new HashSet<>(scope.isWhatIf() ? analysed(scope.retract()) : List.of());
        if (scope.isWhatIf()) changedByUser.addAll(analysed(scope.assume()));
        for (String s : drawn) {
            boolean question = questions.contains(s);
            Node n = AnalysisWriter.node(s);
            Set<Node> types = new HashSet<>();
            g.find(n, Vocab.rdfType, Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
            Status status = question ? null : shown.status(s);
            Status before = question ? null : baseline.status(s);
            List<String> bears = new ArrayList<>();
            if (question) ag.bearsOn(s).stream().filter(drawn::contains).sorted().forEach(bears::add);
            nodes.put(s, new ArgumentMap.StatementNode(s, names.keyOf(n), GraphLookup.lexical(g, n, Vocab.rdfsLabel),
                    GraphLookup.lexical(g, n, Vocab.text), question ? ArgumentMap.Kind.QUESTION : kind(types),
                    types.contains(IMPLICIT), !question && ag.isLeaf(s), status, before, lost.contains(s),
                    changedByUser.contains(s), sortedNames(linchpinOf.getOrDefault(s, Set.of())), bears, groups.of(n)));
        }

        List<ArgumentMap.StatementNode> statements = new ArrayList<>(nodes.values());
        Map<String, Integer> groupOrder = groups.order();
        statements.sort(Comparator.<ArgumentMap.StatementNode>comparingInt(n -> groupOrder.getOrDefault(n.group(), Integer.MAX_VALUE))
                .thenComparingInt(n -> groups.position(n.id()))
                .thenComparing(ArgumentMap.StatementNode::name));

        List<ArgumentMap.ArgumentNode> drawnArguments = new ArrayList<>();
        for (ArgumentNode a : arguments) {
            if (!drawn.contains(a.conclusion())) continue;
            List<String> premises = a.premises().stream().filter(drawn::contains).toList();
            int hidden = a.premises().size() - premises.size();
            if (premises.isEmpty() && hidden == 0) continue;
            String conclusionGroup = nodes.get(a.conclusion()).group();
            boolean sameGroup = premises.stream().allMatch(p -> java.util.Objects.equals(nodes.get(p).group(), conclusionGroup));
            drawnArguments.add(new ArgumentMap.ArgumentNode(a.id(), a.conclusion(), premises, hidden,
                    sameGroup ? conclusionGroup : null));
        }
        drawnArguments.sort(Comparator.comparing(ArgumentMap.ArgumentNode::conclusion).thenComparing(ArgumentMap.ArgumentNode::id));
        List<ArgumentMap.Attack> drawnAttacks = attacks.stream()
                .filter(a -> drawn.contains(a.from()) && drawn.contains(a.to()))
                .sorted(Comparator.comparing(ArgumentMap.Attack::from).thenComparing(ArgumentMap.Attack::to)).toList();

        Optional<ArgumentMap.Change> change = whatIf.map(w -> new ArgumentMap.Change(
                sortedNames(analysed(scope.retract())), sortedNames(analysed(scope.assume())), sortedNames(w.lostSupport()),
                sortedNames(w.statusChanges().stream().map(WhatIf.StatusChange::statement).toList())));
        return new ArgumentMap(title, List.copyOf(statements), List.copyOf(drawnArguments), drawnAttacks,
                groups.used(statements), List.copyOf(collapsed), change);
    }

    // ---- reading the argument structure -------------------------------------------------

    private void readArguments() {
        int unnamed = 0;
        Map<Node, Node> conclusions = new LinkedHashMap<>();
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> conclusions.putIfAbsent(t.getSubject(), t.getObject()));
        for (Map.Entry<Node, Node> e : conclusions.entrySet()) {
            String conclusion = id(e.getValue());
            if (!ag.contains(conclusion)) continue;
            Set<String> premises = new LinkedHashSet<>();
            g.find(e.getKey(), Vocab.premiseOf, Node.ANY).forEachRemaining(t -> premises.add(id(t.getObject())));
            if (premises.isEmpty()) continue;
            String argumentId = e.getKey().isURI() ? e.getKey().getURI() : "argument:" + (++unnamed);
            ArgumentNode a = new ArgumentNode(argumentId, conclusion, List.copyOf(premises));
            arguments.add(a);
            argumentsFor.computeIfAbsent(conclusion, k -> new ArrayList<>()).add(a);
            for (String p : premises) premiseOf.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
    }

    private void readAttacks() {
        g.find(Node.ANY, Vocab.undercuts, Node.ANY).forEachRemaining(t ->
                attacks.add(new ArgumentMap.Attack(id(t.getSubject()), id(t.getObject()), ArgumentMap.AttackKind.UNDERCUT)));
        Set<String> pairs = new HashSet<>();
        g.find(Node.ANY, Vocab.rebuts, Node.ANY).forEachRemaining(t -> {
            String a = id(t.getSubject()), b = id(t.getObject());
            String first = a.compareTo(b) <= 0 ? a : b, second = a.compareTo(b) <= 0 ? b : a;
            if (pairs.add(first + " " + second)) attacks.add(new ArgumentMap.Attack(first, second, ArgumentMap.AttackKind.REBUT));
        });
    }

    // ---- scope ----------------------------------------------------------------------------

    /** The focus, what it rests on and what rests on it to {@code depth} steps, their direct attackers and the questions on them. */
    private Set<String> around(String focus, int depth) {
        Set<String> out = new LinkedHashSet<>();
        out.add(focus);
        walk(focus, depth, true, out);
        walk(focus, depth, false, out);
        Map<String, Set<String>> attackersOf = attackersOf();
        for (String s : List.copyOf(out)) out.addAll(attackersOf.getOrDefault(s, Set.of()));
        addQuestions(out);
        return out;
    }

    private void walk(String from, int depth, boolean down, Set<String> out) {
        Map<String, Integer> seen = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        seen.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            String s = queue.poll();
            int d = seen.get(s);
            if (d == depth) continue;
            for (ArgumentNode a : (down ? argumentsFor : premiseOf).getOrDefault(s, List.of())) {
                for (String next : down ? a.premises() : List.of(a.conclusion())) {
                    if (seen.putIfAbsent(next, d + 1) == null) {
                        queue.add(next);
                        out.add(next);
                    }
                }
            }
        }
    }

    private Map<String, Set<String>> attackersOf() {
        Map<String, Set<String>> out = new HashMap<>();
        for (ArgumentMap.Attack a : attacks) {
            out.computeIfAbsent(a.to(), k -> new TreeSet<>()).add(a.from());
            if (a.kind() == ArgumentMap.AttackKind.REBUT) out.computeIfAbsent(a.from(), k -> new TreeSet<>()).add(a.to());
        }
        return out;
    }

    private void addQuestions(Set<String> statements) {
        for (String q : ag.questions()) {
            if (ag.bearsOn(q).stream().anyMatch(statements::contains)) statements.add(q);
        }
    }

    private Node document(String name) {
        Node n;
        try {
            n = names.term(name.contains(":") || name.startsWith("<") ? name : "doc:" + name);
        } catch (BadInputException e) {
            n = null;
        }
        if (n == null || !g.contains(n, Vocab.rdfType, Vocab.Document)) {
            List<String> known = new ArrayList<>();
            g.find(Node.ANY, Vocab.rdfType, Vocab.Document).forEachRemaining(t -> known.add(shortDocument(t.getSubject())));
            List<String> closest = ClosestNames.closest(name, known, 5);
            throw new BadInputException("unknown document \"" + name + "\""
                    + (closest.isEmpty() ? "; the knowledge base has no document" : "; closest documents: " + String.join(", ", closest)));
        }
        return n;
    }

    private static String shortDocument(Node d) {
        String prefix = Vocab.PREFIXES.getNsPrefixURI("doc");
        return d.isURI() && prefix != null && d.getURI().startsWith(prefix) ? d.getURI().substring(prefix.length()) : d.toString();
    }

    /**
     * A document's statements, with the implicit ones (no appearance anywhere) an analyst linked
     * to them, directly or through other implicit ones (an argument, an attack, a loop's
     * conditions and breakdown claim), and the questions on them.
     */
    private Set<String> ofDocument(Node document) {
        Set<String> out = new LinkedHashSet<>();
        g.find(Node.ANY, Vocab.inDocument, document).forEachRemaining(t ->
                g.find(Node.ANY, Vocab.hasAppearance, t.getSubject()).forEachRemaining(a -> out.add(id(a.getSubject()))));
        out.removeIf(s -> !ag.contains(s) && !questions.contains(s));
        Map<String, Set<String>> links = new HashMap<>();
        java.util.function.BiConsumer<String, String> link = (a, b) -> {
            links.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            links.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        };
        for (ArgumentNode a : arguments) for (String p : a.premises()) link.accept(p, a.conclusion());
        for (ArgumentMap.Attack a : attacks) link.accept(a.from(), a.to());
        g.find(Node.ANY, Vocab.rdfType, LOOP).forEachRemaining(t -> {
            List<String> members = new ArrayList<>();
            g.find(t.getSubject(), Vocab.hasCondition, Node.ANY).forEachRemaining(c -> members.add(id(c.getObject())));
            g.find(t.getSubject(), BREAKDOWN, Node.ANY).forEachRemaining(c -> members.add(id(c.getObject())));
            for (String m : members) for (String other : members) if (!m.equals(other)) link.accept(m, other);
        });
        ArrayDeque<String> queue = new ArrayDeque<>(out);
        while (!queue.isEmpty()) {
            for (String next : links.getOrDefault(queue.poll(), Set.of())) {
                if (!out.contains(next) && ag.contains(next) && !g.contains(AnalysisWriter.node(next), Vocab.hasAppearance, Node.ANY)) {
                    out.add(next);
                    queue.add(next);
                }
            }
        }
        addQuestions(out);
        return out;
    }

    /**
     * The statements to draw: all of {@code scope} when it has at most {@code max}; otherwise
     * the first {@code max} statements breadth first from the top of the argument graph (the
     * statements nothing in scope rests on, then any left in cycles; or, when those are more
     * than fit, from the typed conclusions, leaving out what no conclusion rests on), and the
     * questions bearing on those. What is left out is added to {@code collapsed}. Linear in the
     * scope.
     */
    private Set<String> collapse(Set<String> scope, int max, List<ArgumentMap.Collapsed> collapsed) {
        List<String> statements = scope.stream().filter(ag::contains).toList();
        if (scope.size() <= max) return scope;
        Map<String, Integer> level = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        List<String> roots = new ArrayList<>();
        for (String s : statements) {
            boolean usedInScope = premiseOf.getOrDefault(s, List.of()).stream().anyMatch(a -> scope.contains(a.conclusion()));
            if (!usedInScope) roots.add(s);
        }
        roots.sort(Comparator.comparing((String s) -> !conclusions.contains(s)).thenComparing(this::show));
        // A map with more tops than fit, but with typed conclusions that fit, is drawn from its
        // conclusions down: what the analysis is about, rather than a row of unrelated tops.
        List<String> conclusionsInScope = statements.stream().filter(conclusions::contains).sorted(Comparator.comparing(this::show)).toList();
        boolean fromConclusions = roots.size() > max && !conclusionsInScope.isEmpty() && conclusionsInScope.size() <= max;
        if (fromConclusions) roots = conclusionsInScope;
        int cursor = 0, scan = 0;
        List<String> order = new ArrayList<>();
        while (true) {
            if (queue.isEmpty()) {
                String next = null;
                while (cursor < roots.size() && level.containsKey(roots.get(cursor))) cursor++;
                if (cursor < roots.size()) next = roots.get(cursor);
                else if (!fromConclusions) {
                    while (scan < statements.size() && level.containsKey(statements.get(scan))) scan++;
                    if (scan < statements.size()) next = statements.get(scan);
                }
                if (next == null) break;
                level.put(next, 0);
                queue.add(next);
            }
            String s = queue.poll();
            order.add(s);
            for (ArgumentNode a : argumentsFor.getOrDefault(s, List.of())) {
                for (String p : a.premises()) {
                    if (scope.contains(p) && level.putIfAbsent(p, level.get(s) + 1) == null) queue.add(p);
                }
            }
        }
        // Breadth first from the top, as many as fit: whole levels, then the start of the next.
        Set<String> drawn = new LinkedHashSet<>(order.subList(0, Math.min(max, order.size())));
        int hiddenStatements = statements.size() - drawn.size();
        if (hiddenStatements > 0) {
            collapsed.add(new ArgumentMap.Collapsed(fromConclusions
                    ? "what lies beyond the first " + drawn.size() + " statements breadth first from the conclusions, "
                            + "and what no conclusion rests on"
                    : "what lies beyond the first " + drawn.size() + " statements breadth first from the top",
                    hiddenStatements, scope.size() + " statements in scope, more than the limit of " + max));
        }
        Set<String> withQuestions = new LinkedHashSet<>(drawn);
        addQuestions(withQuestions);
        withQuestions.removeIf(q -> !scope.contains(q));
        int hiddenQuestions = (int) scope.stream().filter(questions::contains).count() - (withQuestions.size() - drawn.size());
        drawn.addAll(withQuestions);
        if (hiddenQuestions > 0) {
            collapsed.add(new ArgumentMap.Collapsed("open questions bearing only on statements left out", hiddenQuestions,
                    "their statements were collapsed"));
        }
        return drawn;
    }

    // ---- analysis -------------------------------------------------------------------------

    /** For each drawn leaf, the drawn conclusions it is a linchpin of. */
    private Map<String, Set<String>> linchpins(Analysis shown, Set<String> drawn) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String c : drawn) {
            if (!conclusions.contains(c)) continue;
            shown.linchpins(c).ifPresent(set -> set.forEach(l -> {
                if (drawn.contains(l)) out.computeIfAbsent(l, k -> new TreeSet<>()).add(c);
            }));
        }
        return out;
    }

    private List<String> analysed(Collection<String> given) {
        List<String> ids = new ArrayList<>();
        for (String name : given) {
            String id = id(names.statement(name));
            if (!ag.contains(id)) {
                throw new BadInputException("\"" + name + "\" is not a statement of the argument graph (an open question?)");
            }
            ids.add(id);
        }
        return ids;
    }

    private static ArgumentMap.Kind kind(Set<Node> types) {
        if (types.contains(PREDICTION)) return ArgumentMap.Kind.PREDICTION;
        if (types.contains(Vocab.Conclusion)) return ArgumentMap.Kind.CONCLUSION;
        if (types.contains(Vocab.Evidence)) return ArgumentMap.Kind.EVIDENCE;
        if (types.contains(DEFINITION)) return ArgumentMap.Kind.DEFINITION;
        if (types.contains(Vocab.Assumption)) return ArgumentMap.Kind.ASSUMPTION;
        return ArgumentMap.Kind.CLAIM;
    }

    private List<String> sortedNames(Collection<String> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }

    private String show(String id) {
        String key = names.keyOf(AnalysisWriter.node(id));
        return key != null ? key : id;
    }

    private static String id(Node n) {
        return ArgumentGraphReader.id(n);
    }

    // ---- groups ---------------------------------------------------------------------------

    /** Where each statement is drawn: its first section (or block) in the document shown, or its loop. */
    private final class Groups {
        private final Node document;
        private final Map<String, ArgumentMap.Group> groups = new LinkedHashMap<>();
        private final Map<String, Long> sortKey = new HashMap<>();
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, String> loopOf = new HashMap<>();

        Groups(Node document) {
            this.document = document;
            g.find(Node.ANY, Vocab.rdfType, LOOP).forEachRemaining(t -> {
                Node loop = t.getSubject();
                g.find(loop, Vocab.hasCondition, Node.ANY).forEachRemaining(c -> loopOf.putIfAbsent(id(c.getObject()), id(loop)));
                g.find(loop, BREAKDOWN, Node.ANY).forEachRemaining(c -> loopOf.putIfAbsent(id(c.getObject()), id(loop)));
            });
        }

        /** The innermost group of a statement, registering it (and its parent) on first use. */
        String of(Node statement) {
            String best = null;
            long bestKey = Long.MAX_VALUE;
            int bestPosition = 0;
            for (Triple t : g.find(statement, Vocab.hasAppearance, Node.ANY).toList()) {
                Node app = t.getObject();
                Node doc = GraphLookup.object(g, app, Vocab.inDocument);
                if (doc == null || (document != null && !document.equals(doc))) continue;
                Node block = GraphLookup.object(g, app, Vocab.inBlock);
                Node section = GraphLookup.object(g, app, Vocab.inSection);
                int bullet = number(GraphLookup.lexical(g, app, Vocab.position));
                long blockRank = Vocab.Sections.equals(block) || section != null ? 0 : Vocab.KeyTakeaways.equals(block) ? 1 : 2;
                int sectionNumber = section == null ? 0 : number(GraphLookup.lexical(g, section, Vocab.position));
                long key = ((long) documentIndex(doc) << 40) | (blockRank << 32) | ((long) sectionNumber << 16) | Math.min(bullet, 0xFFFF);
                if (key < bestKey) {
                    bestKey = key;
                    bestPosition = bullet;
                    best = register(doc, section, block, key);
                }
            }
            if (best == null && loopOf.containsKey(id(statement))) {
                String loop = loopOf.get(id(statement));
                groups.putIfAbsent(loop, new ArgumentMap.Group(loop,
                        Optional.ofNullable(GraphLookup.lexical(g, AnalysisWriter.node(loop), Vocab.rdfsLabel)).orElse(show(loop)),
                        ArgumentMap.GroupKind.LOOP, null));
                sortKey.putIfAbsent(loop, Long.MAX_VALUE - 1);
                best = loop;
            }
            position.put(id(statement), bestPosition);
            return best;
        }

        private final Map<Node, Integer> documents = new LinkedHashMap<>();

        private int documentIndex(Node doc) {
            return documents.computeIfAbsent(doc, d -> documents.size());
        }

        private String register(Node doc, Node section, Node block, long key) {
            String docId = id(doc);
            groups.putIfAbsent(docId, new ArgumentMap.Group(docId,
                    Optional.ofNullable(GraphLookup.lexical(g, doc, Vocab.dctermsTitle)).orElse(shortDocument(doc)),
                    ArgumentMap.GroupKind.DOCUMENT, null));
            sortKey.putIfAbsent(docId, key & ~0xFFFFFFFFFFL);
            String groupId;
            ArgumentMap.Group group;
            if (section != null) {
                groupId = id(section);
                String title = GraphLookup.lexical(g, section, Vocab.dctermsTitle);
                group = new ArgumentMap.Group(groupId, title != null ? title : "section " + GraphLookup.lexical(g, section, Vocab.position),
                        ArgumentMap.GroupKind.SECTION, docId);
            } else if (Vocab.KeyTakeaways.equals(block)) {
                groupId = docId + "#takeaways";
                group = new ArgumentMap.Group(groupId, "Key takeaways", ArgumentMap.GroupKind.TAKEAWAYS, docId);
            } else {
                groupId = docId + "#unknowns";
                group = new ArgumentMap.Group(groupId, "Unknowns", ArgumentMap.GroupKind.UNKNOWNS, docId);
            }
            groups.putIfAbsent(groupId, group);
            sortKey.merge(groupId, key & ~0xFFFFL, Math::min);
            return groupId;
        }

        int position(String statement) {
            return position.getOrDefault(statement, 0);
        }

        /** Group id to its rank: documents in order, each followed by its groups in document order; loops last. */
        Map<String, Integer> order() {
            List<String> ids = new ArrayList<>(groups.keySet());
            ids.sort(Comparator.comparingLong((String id) -> sortKey.getOrDefault(id, Long.MAX_VALUE)).thenComparing(id -> id));
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), i);
            return out;
        }

        /** The groups some drawn statement is in, with their parents, parents first. */
        List<ArgumentMap.Group> used(List<ArgumentMap.StatementNode> statements) {
            Set<String> used = new HashSet<>();
            for (ArgumentMap.StatementNode s : statements) {
                for (String gid = s.group(); gid != null && used.add(gid); gid = groups.get(gid).parent()) {
                    // walks up to the document
                }
            }
            Map<String, Integer> order = order();
            return groups.values().stream().filter(gr -> used.contains(gr.id()))
                    .sorted(Comparator.comparing((ArgumentMap.Group gr) -> gr.parent() != null).thenComparingInt(gr -> order.get(gr.id())))
                    .toList();
        }

        private static int number(String lexical) {
            try {
                return lexical == null ? 0 : Integer.parseInt(lexical.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
