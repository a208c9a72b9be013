package org.jenode.base.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void depthIsBounded() {
        String deep = "<a>".repeat(XmlParser.MAX_DEPTH + 1) + "</a>".repeat(XmlParser.MAX_DEPTH + 1);
        assertThatThrownBy(() -> XmlParser.parse(deep, "deep.xml")).isInstanceOf(XmlException.class);
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
