package org.jenode.base.init;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.parent.Isolation;
import org.jenode.base.xml.XmlLocation;
import org.jenode.base.xml.XmlNode;

/**
 * A {@code <start>} node, read once so that every error in it is found before anything is started.
 *
 * @param xml        the node as written; two start nodes are the same child if these are equal
 * @param quantum    the RAM it asks for ({@code <resource name="RAM" quantum>}), and where it says so
 * @param configfile the ROM module to hand the child as its config instead of {@code <config>}
 * @param isolation  {@code <start isolation>}: on threads of init's JVM (the default) or in a process of its own
 */
record StartNode(XmlNode xml, String name, String binary, long quantum, XmlLocation quantumAt, Set<String> provides,
                 Optional<List<RouteRule>> route, Optional<String> configfile, boolean exitPropagates, Isolation isolation) {

    XmlLocation location() { return xml.location(); }

    /** The child's {@code config} ROM content: its {@code <config>} node, or an empty config. */
    String configText() { return xml.child("config").map(XmlNode::toLocatedXml).orElse("<config/>"); }

    /** True if {@code other} differs from this one at most in {@code <config>}, so the child can keep running. */
    boolean sameButConfig(StartNode other) { return withoutConfig(xml).equals(withoutConfig(other.xml)); }

    private static XmlNode withoutConfig(XmlNode start) {
        XmlNode.Builder copy = XmlNode.builder(start.type());
        start.attributes().forEach(copy::attribute);
        start.children().stream().filter(c -> !c.is("config")).forEach(copy::child);
        return copy.build();
    }
}
