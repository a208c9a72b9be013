package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

/** Which domain a session label gets: longest match, whole label elements, the exact label wins a tie. */
class PolicyTest {

    private final List<String> warnings = new ArrayList<>();

    private Policy parse(String body) {
        return Policy.parse(XmlParser.parse("<config>" + body + "</config>", "test"), warnings::add);
    }

    private static final String DOMAINS = """
            <domain name="panel" layer="1"/> <domain name="decor" layer="2"/> <domain name="apps" layer="3"/>
            <domain name="term" layer="3"/> <domain name="exact" layer="3"/>
            """;

    @Test
    void theLongestMatchingPolicyWinsAndTheEmptyLabelMatchesEverybody() {
        Policy p = parse(DOMAINS + """
                <policy label="" domain="apps"/>
                <policy label="launcher -> terminal" domain="term"/>
                <policy label_prefix="launcher" domain="panel"/>
                """);
        assertThat(p.domainFor("launcher -> terminal -> shell").name()).isEqualTo("term");
        assertThat(p.domainFor("launcher -> clock").name()).isEqualTo("panel");
        assertThat(p.domainFor("clock").name()).isEqualTo("apps");
        assertThat(p.domainFor("").name()).isEqualTo("apps");
    }

    @Test
    void labelsMatchWholeElementsOnly() {
        Policy p = parse(DOMAINS + """
                <policy label="status_bar" domain="panel"/>
                <policy label_prefix="wm -> decorator" domain="decor"/>
                """);
        assertThat(p.domainFor("status_bar").name()).isEqualTo("panel");
        assertThat(p.domainFor("status_bar -> focus").name()).isEqualTo("panel");
        assertThat(p.domainFor("status_bar2")).as("a sibling whose name starts alike").isEqualTo(Domain.NONE);
        assertThat(p.domainFor("status")).isEqualTo(Domain.NONE);
        assertThat(p.domainFor("wm -> decorator").name()).isEqualTo("decor");
        assertThat(p.domainFor("wm -> decorator_evil")).isEqualTo(Domain.NONE);
    }

    @Test
    void anExactLabelBeatsAnEqualPrefix() {
        Policy p = parse(DOMAINS + """
                <policy label_prefix="a -> b" domain="apps"/>
                <policy label="a -> b" domain="exact"/>
                """);
        assertThat(p.domainFor("a -> b").name()).isEqualTo("exact");
        assertThat(p.domainFor("a -> b -> c").name()).isEqualTo("apps");
    }

    /** A suffix is the client's own choice of local label: "evil -> decor" ends with it as much as the wm's. */
    @Test
    void aSuffixMatchesTheLastElementsWhoeverChoseThem() {
        Policy p = parse(DOMAINS + """
                <policy label_suffix="-> decor" domain="decor"/>
                <policy label_suffix="x -> y" domain="term"/>
                """);
        assertThat(p.domainFor("wm -> decor").name()).isEqualTo("decor");
        assertThat(p.domainFor("evil -> decor").name()).as("the client's own local label").isEqualTo("decor");
        assertThat(p.domainFor("evil -> notdecor")).isEqualTo(Domain.NONE);
        assertThat(p.domainFor("a -> x -> y").name()).isEqualTo("term");
        assertThat(p.domainFor("a -> xx -> y")).isEqualTo(Domain.NONE);
    }

    @Test
    void noMatchAnUnknownDomainOrAPolicyWithoutDomainMeanNoDomain() {
        Policy p = parse(DOMAINS + """
                <policy label="a" domain="nonexistent"/>
                <policy label="b"/>
                """);
        assertThat(p.domainFor("a")).isEqualTo(Domain.NONE);
        assertThat(p.domainFor("b")).isEqualTo(Domain.NONE);
        assertThat(p.domainFor("c")).isEqualTo(Domain.NONE);
        assertThat(warnings).anyMatch(w -> w.contains("policy without domain"));
    }

    @Test
    void theDefaultBackgroundIsWhatThePolicySaysNotALabel() {
        Policy p = parse(DOMAINS + """
                <policy label="wallpaper" domain="apps" background="yes"/>
                <policy label="" domain="apps"/>
                """);
        assertThat(p.backgroundFor("wallpaper")).isTrue();
        assertThat(p.backgroundFor("backdrop")).as("Genode's label rule is not ours").isFalse();
        assertThat(p.backgroundFor("wallpaper -> x")).isTrue();
    }

    @Test
    void aConfigWhosePoliciesNeverNameTheBackgroundKeepsGenodesLabelRule() {
        Policy p = parse(DOMAINS + """
                <policy label="" domain="apps"/>
                """);
        assertThat(p.backgroundFor("backdrop")).as("Genode's rule, for Genode's configs").isTrue();
        assertThat(p.backgroundFor("backdrop -> x")).as("the exact label only").isFalse();
        assertThat(p.backgroundFor("wallpaper")).isFalse();
    }
}
