package org.jenode.base.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
    public static final int MAX_INPUT_CHARS = 16 << 20;

    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private XmlParser() {}

    public static XmlNode parse(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new XmlException(new XmlLocation(file.toString(), 0, 0), "cannot read: " + e.getMessage(), e);
        }
    }

    public static XmlNode parse(byte[] utf8, String source) {
        return parse(new String(utf8, StandardCharsets.UTF_8), source);
    }

    public static XmlNode parse(String text, String source) {
        if (text.length() > MAX_INPUT_CHARS)
            throw new XmlException(new XmlLocation(source, 0, 0), "input larger than " + MAX_INPUT_CHARS + " characters");
        try {
            XMLStreamReader2 reader = (XMLStreamReader2) FACTORY.get().createXMLStreamReader(source, new StringReader(text));
            try {
                return new Run(text, source).read(reader);
            } finally {
                reader.closeCompletely();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            throw new XmlException(new XmlLocation(source, line, column), cleanMessage(e), e);
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
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource blocked: " + systemId);
        });
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
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
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException("entity '" + reader.getLocalName() + "' not allowed", reader.getLocation());
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
