package org.jenode.base.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlParserTest {

    @Test
    void keepsSiblingOrderAcrossTypes() {
        XmlNode route = XmlParser.parse("<route><service name=\"A\"/><any-service/><service name=\"B\"/></route>", "t");
        assertThat(route.children()).extracting(n -> n.type() + n.attribute("name", ""))
                .containsExactly("serviceA", "any-service", "serviceB");
    }

    @Test
    void malformedInputNamesFileLineAndColumn() {
        assertThatThrownBy(() -> XmlParser.parse("<config>\n  <start name=\"x\">\n</config>", "scenario.xml"))
                .isInstanceOf(XmlException.class).hasMessageStartingWith("scenario.xml:3:");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<c>&x;</c>";
        assertThatThrownBy(() -> XmlParser.parse(xxe, "evil.xml"))
                .isInstanceOf(XmlException.class).hasMessageContaining("evil.xml:2:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRejected() {
        String bomb = "<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><l>&b;</l>";
        assertThatThrownBy(() -> XmlParser.parse(bomb, "bomb.xml")).isInstanceOf(XmlException.class);
    }

    @Test
    void depthIsBoundedAndTheErrorSaysWhere() {
        String deep = "<a>\n" + "<b>".repeat(XmlParser.MAX_DEPTH) + "</b>".repeat(XmlParser.MAX_DEPTH) + "</a>";
        int column = 3 * (XmlParser.MAX_DEPTH - 1) + 1;
        assertThatThrownBy(() -> XmlParser.parse(deep, "deep.xml")).isInstanceOf(XmlException.class)
                .hasMessage("deep.xml:2:" + column + ": <b> nested deeper than " + XmlParser.MAX_DEPTH + " elements");
    }

    @Test
    void anUndeclaredEntityIsAnErrorInAttributesAndText() {
        assertThatThrownBy(() -> XmlParser.parse("<config>\n  <start name=\"a&nbsp;b\"/>\n</config>", "e.xml"))
                .isInstanceOf(XmlException.class).hasMessageStartingWith("e.xml:2:").hasMessageContaining("nbsp");
        assertThatThrownBy(() -> XmlParser.parse("<config>\n  <motd>a&nbsp;b</motd>\n</config>", "e.xml"))
                .isInstanceOf(XmlException.class).hasMessageStartingWith("e.xml:2:").hasMessageContaining("nbsp");
        XmlNode predefined = XmlParser.parse("<n a=\"" + "&amp;&lt;&gt;&quot;&apos;".repeat(100) + "\"/>", "t");
        assertThat(predefined.attribute("a", "")).isEqualTo("&<>\"'".repeat(100));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndColumn() {
        byte[] latin1 = "<config>\n  <motd text=\"caf\u00e9\"/>\n</config>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> XmlParser.parse(latin1, "latin1.xml")).isInstanceOf(XmlException.class)
                .hasMessageStartingWith("latin1.xml:2:18: not UTF-8: byte 0xe9");
        byte[] utf8 = "<config>\n  <motd text=\"caf\u00e9\" x=\"\u00ff\"/>\n</config>".getBytes(StandardCharsets.UTF_8);
        assertThat(XmlParser.parse(utf8, "utf8.xml").child("motd").orElseThrow().attribute("x", "")).isEqualTo("\u00ff");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GB that take no disk space, and would take the heap if read
        }
        assertThatThrownBy(() -> XmlParser.parse(huge)).isInstanceOf(XmlException.class)
                .hasMessage(huge + ":1:1: larger than 16 MiB, the limit for XML");
    }

    @Test
    void aDeviceWithoutEndIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero));
        assertThatThrownBy(() -> XmlParser.parse(zero)).isInstanceOf(XmlException.class)
                .hasMessage("/dev/zero:1:1: larger than 16 MiB, the limit for XML");
    }

    @Test
    void aSizeThatOverflowsIsAnXmlErrorWithItsPosition() {
        XmlNode n = XmlParser.parse("<config>\n <resource name=\"RAM\" quantum=\"9999999999G\"/>\n</config>", "s.xml")
                .child("resource").orElseThrow();
        assertThatThrownBy(() -> n.sizeAttribute("quantum", 0)).isInstanceOf(XmlException.class)
                .hasMessageStartingWith("s.xml:2:2: <resource>: attribute quantum=\"9999999999G\" is too large");
    }

    @Test
    void aConfigCutFromAScenarioReportsTheScenariosLines() {
        XmlNode scenario = XmlParser.parse("<scenario>\n  <config>\n    <domain layer=\"x\"/>\n  </config>\n</scenario>", "desktop.xml");
        XmlNode config = scenario.child("config").orElseThrow();
        XmlNode reparsed = XmlParser.parse(config.toLocatedXml(), "ROM 'config'");
        assertThat(reparsed).isEqualTo(config);
        XmlNode domain = reparsed.child("domain").orElseThrow();
        assertThatThrownBy(() -> domain.intAttribute("layer", 0))
                .hasMessageStartingWith("desktop.xml:3:5: <domain>: attribute layer=\"x\" is not a number");
    }

    @Test
    void attributeConventions() {
        XmlNode n = XmlParser.parse("<n q=\"4M\" c=\"#112233\" b=\"yes\"/>", "t");
        assertThat(n.sizeAttribute("q", 0)).isEqualTo(4L << 20);
        assertThat(n.colorAttribute("c", 0)).isEqualTo(0xff112233);
        assertThat(n.boolAttribute("b", false)).isTrue();
        assertThat(XmlNode.builder("focus").attribute("label", "a <b>").build().toXml())
                .isEqualTo("<focus label=\"a &lt;b&gt;\"/>");
    }
}
