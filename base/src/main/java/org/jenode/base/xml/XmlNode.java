package org.jenode.base.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable XML element: type, attributes and children in document order, text content, and
 * the location it was read from. Equality is structural and ignores locations, so init can tell
 * whether a start node really changed.
 *
 * <p>Attribute accessors follow Genode's conventions: booleans are {@code yes}/{@code no} (also
 * {@code true}/{@code false}, {@code on}/{@code off}), sizes take {@code K}/{@code M}/{@code G}
 * suffixes, colours are {@code #rrggbb} or {@code #rrggbbaa}. A malformed value throws an
 * {@link XmlException} naming the node's location.
 */
public final class XmlNode {

    private final String type;
    private final Map<String, String> attributes;
    private final List<XmlNode> children;
    private final String text;
    private final XmlLocation location;
    /** The element exactly as written, when it was parsed (keeps line structure for config ROMs). */
    private final String source;

    XmlNode(String type, Map<String, String> attributes, List<XmlNode> children, String text,
            XmlLocation location, String source) {
        this.type = Objects.requireNonNull(type);
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.children = List.copyOf(children);
        this.text = text == null ? "" : text;
        this.location = location == null ? XmlLocation.UNKNOWN : location;
        this.source = source;
    }

    public static Builder builder(String type) { return new Builder(type); }

    public String type() { return type; }

    public boolean is(String type) { return this.type.equals(type); }

    public XmlLocation location() { return location; }

    /** Text content, trimmed of surrounding white space. */
    public String text() { return text.strip(); }

    public Map<String, String> attributes() { return attributes; }

    public boolean has(String attribute) { return attributes.containsKey(attribute); }

    public Optional<String> attribute(String name) { return Optional.ofNullable(attributes.get(name)); }

    public String attribute(String name, String fallback) { return attributes.getOrDefault(name, fallback); }

    /** A mandatory attribute. */
    public String required(String name) {
        String value = attributes.get(name);
        if (value == null) throw error("missing attribute '" + name + "'");
        return value;
    }

    public boolean boolAttribute(String name, boolean fallback) {
        String v = attributes.get(name);
        if (v == null) return fallback;
        return switch (v) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> throw error("attribute " + name + "=\"" + v + "\" is not yes or no");
        };
    }

    public long longAttribute(String name, long fallback) {
        String v = attributes.get(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw error("attribute " + name + "=\"" + v + "\" is not a number");
        }
    }

    public int intAttribute(String name, int fallback) {
        long v = longAttribute(name, fallback);
        if (v != (int) v) throw error("attribute " + name + "=\"" + v + "\" is out of range");
        return (int) v;
    }

    public double doubleAttribute(String name, double fallback) {
        String v = attributes.get(name);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw error("attribute " + name + "=\"" + v + "\" is not a number");
        }
    }

    /** A byte count such as {@code 4096}, {@code 16K}, {@code 8M} or {@code 1G}. */
    public long sizeAttribute(String name, long fallback) {
        String v = attributes.get(name);
        if (v == null) return fallback;
        try {
            return parseSize(v);
        } catch (NumberFormatException e) {
            throw error("attribute " + name + "=\"" + v + "\" is not a size (like 64K, 8M, 1G)");
        } catch (ArithmeticException e) {
            throw error("attribute " + name + "=\"" + v + "\" is too large (at most " + Long.MAX_VALUE + " bytes)");
        }
    }

    /** A colour as ARGB; {@code #rrggbb} is opaque, {@code #rrggbbaa} carries alpha. */
    public int colorAttribute(String name, int fallback) {
        String v = attributes.get(name);
        if (v == null) return fallback;
        String hex = v.startsWith("#") ? v.substring(1) : v;
        try {
            if (hex.length() == 6) return 0xff000000 | Integer.parseInt(hex, 16);
            if (hex.length() == 8) {
                long rgba = Long.parseLong(hex, 16);
                return (int) (((rgba & 0xff) << 24) | (rgba >>> 8));
            }
        } catch (NumberFormatException ignored) {
            // reported below with the location
        }
        throw error("attribute " + name + "=\"" + v + "\" is not a colour (#rrggbb or #rrggbbaa)");
    }

    /**
     * A byte count with an optional K, M or G suffix.
     *
     * @throws NumberFormatException if it is not one
     * @throws ArithmeticException if it does not fit a {@code long}
     */
    private static long parseSize(String text) {
        String v = text.strip();
        if (v.isEmpty()) throw new NumberFormatException("empty size");
        long unit = switch (Character.toUpperCase(v.charAt(v.length() - 1))) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1).strip();
        long n = Long.parseLong(digits);
        if (n < 0) throw new NumberFormatException("negative size");
        return Math.multiplyExact(n, unit);
    }

    public List<XmlNode> children() { return children; }

    public List<XmlNode> children(String type) {
        List<XmlNode> result = new ArrayList<>();
        for (XmlNode child : children) if (child.type.equals(type)) result.add(child);
        return result;
    }

    public Optional<XmlNode> child(String type) {
        for (XmlNode child : children) if (child.type.equals(type)) return Optional.of(child);
        return Optional.empty();
    }

    public boolean hasChild(String type) { return child(type).isPresent(); }

    /** An error that points at this node. */
    public XmlException error(String message) {
        return new XmlException(location, "<" + type + ">: " + message);
    }

    /**
     * This element as text that parses back to an equal node at the same locations: the original
     * source slice behind a location marker when it was parsed, a fresh rendering otherwise.
     */
    public String toLocatedXml() {
        if (source == null || location.line() <= 0) return toXml();
        return "<?" + XmlParser.LOCATION_TARGET + " source=\"" + escape(location.source()) + "\" line=\""
                + location.line() + "\" column=\"" + location.column() + "\"?>" + source;
    }

    /** Compact XML rendering, as used for reports. */
    public String toXml() {
        StringBuilder out = new StringBuilder(64);
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        out.append('<').append(type);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        String content = text();
        if (children.isEmpty() && content.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (!content.isEmpty()) out.append(escape(content));
        for (XmlNode child : children) child.write(out);
        out.append("</").append(type).append('>');
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (rep != null) out.append(rep);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof XmlNode n && type.equals(n.type) && attributes.equals(n.attributes)
                && text().equals(n.text()) && children.equals(n.children);
    }

    @Override public int hashCode() { return Objects.hash(type, attributes, text(), children); }

    @Override public String toString() { return toXml(); }

    /** Builds nodes for reports and tests. */
    public static final class Builder {
        private final String type;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<XmlNode> children = new ArrayList<>();
        private String text = "";

        private Builder(String type) { this.type = type; }

        public Builder attribute(String name, Object value) {
            attributes.put(name, String.valueOf(value));
            return this;
        }

        /** Sets a Genode boolean ({@code yes}/{@code no}). */
        public Builder attribute(String name, boolean value) {
            attributes.put(name, value ? "yes" : "no");
            return this;
        }

        /** Sets a colour as {@code #rrggbb}. */
        public Builder color(String name, int argb) {
            attributes.put(name, String.format("#%06x", argb & 0xffffff));
            return this;
        }

        public Builder child(XmlNode child) {
            children.add(child);
            return this;
        }

        public Builder child(Builder child) { return child(child.build()); }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public XmlNode build() { return new XmlNode(type, attributes, children, text, XmlLocation.UNKNOWN, null); }
    }
}
