package org.jenode.base.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads XML into {@link XmlNode}s with Woodstox, hardened: a DOCTYPE, any entity other than the five
 * predefined ones, and external resources are rejected; depth, attributes and text are bounded.
 * A plain {@code WstxInputFactory} would expand external entities (XXE), so the factory is set up here
 * and nowhere else.
 *
 * <p>A processing instruction {@code <?jenode-location source=".." line=".." column=".."?>} placed
 * directly before the root element shifts every reported location, so a config that was cut out of a
 * scenario file and handed to a component as a ROM still reports errors at the scenario's lines.
 */
public final class XmlParser {

    static final String LOCATION_TARGET = "jenode-location";
    public static final int MAX_DEPTH = 64;
    /** The largest XML input, in bytes of a file or characters of a string. */
    public static final int MAX_INPUT_BYTES = 16 << 20;

    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private XmlParser() {}

    /**
     * Reads and parses a file. Its size is checked before a byte is read, and the read itself is
     * bounded, so a huge file, or a device such as {@code /dev/zero}, is refused without filling the heap.
     */
    public static XmlNode parse(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) throw tooLarge(source);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
            }
            if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(source);
            return parse(bytes, source);
        } catch (IOException e) {
            throw new XmlException(new XmlLocation(source, 1, 1), "cannot read: " + e, e);
        }
    }

    /** Parses UTF-8 bytes; bytes that are not UTF-8 are an error naming their line and column. */
    public static XmlNode parse(byte[] utf8, String source) {
        if (utf8.length > MAX_INPUT_BYTES) throw tooLarge(source);
        return parse(Utf8.decode(utf8, source), source);
    }

    public static XmlNode parse(String text, String source) {
        if (text.length() > MAX_INPUT_BYTES) throw tooLarge(source);
        XMLStreamReader2 reader = null;
        try {
            reader = (XMLStreamReader2) FACTORY.get().createXMLStreamReader(source, new StringReader(text));
            return new Run(text, source).read(reader);
        } catch (XMLStreamException e) {
            throw new XmlException(locationOf(e, reader, source), cleanMessage(e), e);
        } catch (WstxLazyException e) {
            // an error found while coalescing text, thrown unchecked by getText()
            XMLStreamException cause = (XMLStreamException) e.getCause();
            throw new XmlException(locationOf(cause, reader, source), cleanMessage(cause), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlException tooLarge(String source) {
        return new XmlException(new XmlLocation(source, 1, 1), "larger than " + (MAX_INPUT_BYTES >> 20) + " MiB, the limit for XML");
    }

    /** Some of Woodstox's limit errors carry no location; the reader still knows where it stopped. */
    private static XmlLocation locationOf(XMLStreamException e, XMLStreamReader2 reader, String source) {
        Location at = e.getLocation() != null ? e.getLocation() : reader == null ? null : reader.getLocation();
        if (at == null || at.getLineNumber() <= 0) return new XmlLocation(source, 1, 1);
        return new XmlLocation(source, at.getLineNumber(), Math.max(1, at.getColumnNumber()));
    }

    private static void closeQuietly(XMLStreamReader2 reader) {
        if (reader == null) return;
        try {
            reader.closeCompletely();
        } catch (XMLStreamException ignored) {
            // the parse already succeeded or failed; nothing is held open by a string reader
        }
    }

    /** Woodstox prefixes its messages with the location, which we print ourselves. */
    private static String cleanMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("\n at ");
        if (at >= 0) m = m.substring(0, at);
        return m.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
    }

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlParser::hardenedFactory);

    private static XMLInputFactory hardenedFactory() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        // Without a DTD only the five predefined entities exist; replacing references makes any other one
        // an "undeclared entity" error, in attributes too (unreplaced, Woodstox drops them from attributes).
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource blocked: " + systemId);
        });
        // a backstop only: Run checks the depth itself, where it knows the element's location
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH + 1);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1024 * 1024);
        return f;
    }

    /** One parse: the element stack and the location shift of a {@code jenode-location} marker. */
    private static final class Run {
        private final String text;
        private String source;
        private int shiftLine = 1, shiftColumn = 1, markLine = 1, markColumn = 1;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private XmlNode root;

        Run(String text, String source) {
            this.text = text;
            this.source = source;
        }

        XmlNode read(XMLStreamReader2 reader) throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE not allowed", reader.getLocation());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> marker(reader);
                    case XMLStreamConstants.START_ELEMENT -> start(reader);
                    case XMLStreamConstants.END_ELEMENT -> end(reader);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) stack.peek().text.append(reader.getText());
                    }
                    default -> { }
                }
            }
            if (root == null) throw new XMLStreamException("no root element");
            return root;
        }

        private void marker(XMLStreamReader2 reader) throws XMLStreamException {
            if (!LOCATION_TARGET.equals(reader.getPITarget()) || !stack.isEmpty()) return;
            Map<String, String> values = new LinkedHashMap<>();
            Matcher m = PSEUDO_ATTRIBUTE.matcher(reader.getPIData());
            while (m.find()) values.put(m.group(1), m.group(2));
            LocationInfo info = reader.getLocationInfo();
            markLine = info.getEndLocation().getLineNumber();
            markColumn = info.getEndLocation().getColumnNumber();
            source = values.getOrDefault("source", source);
            shiftLine = Integer.parseInt(values.getOrDefault("line", "1"));
            shiftColumn = Integer.parseInt(values.getOrDefault("column", "1"));
        }

        private XmlLocation location(int line, int column) {
            if (line < markLine) return new XmlLocation(source, line, column);
            if (line == markLine) return new XmlLocation(source, shiftLine, shiftColumn + column - markColumn);
            return new XmlLocation(source, shiftLine + line - markLine, column);
        }

        private void start(XMLStreamReader2 reader) throws XMLStreamException {
            LocationInfo info = reader.getLocationInfo();
            if (stack.size() >= MAX_DEPTH) {
                var at = info.getStartLocation();
                throw new XmlException(location(at.getLineNumber(), at.getColumnNumber()),
                        "<" + reader.getLocalName() + "> nested deeper than " + MAX_DEPTH + " elements");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++)
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            var at = info.getStartLocation();
            stack.push(new Frame(reader.getLocalName(), attributes,
                    location(at.getLineNumber(), at.getColumnNumber()), (int) info.getStartingCharOffset()));
        }

        private void end(XMLStreamReader2 reader) throws XMLStreamException {
            Frame frame = stack.pop();
            int endOffset = (int) reader.getLocationInfo().getEndingCharOffset();
            String slice = endOffset > frame.startOffset && endOffset <= text.length()
                    ? text.substring(frame.startOffset, endOffset) : null;
            XmlNode node = new XmlNode(frame.type, frame.attributes, frame.children, frame.text.toString(), frame.location, slice);
            if (stack.isEmpty()) root = node;
            else stack.peek().children.add(node);
        }
    }

    private static final class Frame {
        final String type;
        final Map<String, String> attributes;
        final XmlLocation location;
        final int startOffset;
        final List<XmlNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Frame(String type, Map<String, String> attributes, XmlLocation location, int startOffset) {
            this.type = type;
            this.attributes = attributes;
            this.location = location;
            this.startOffset = startOffset;
        }
    }
}
