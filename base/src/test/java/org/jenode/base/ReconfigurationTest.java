package org.jenode.base;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/** A changed init config is applied differentially while everything keeps running. */
class ReconfigurationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Records every construction, so that a restart is visible as a second env. */
    private static Binary counted(String name, List<Env> starts) {
        return new Binary(name, env -> {
            starts.add(env);
            env.config().sigh(env.ep().handler(env.config()::update));
            return new Component() { };
        });
    }

    private static String init(String starts) {
        return """
            <config>
              <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
              <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
              <report/>
            """ + starts + "</config>";
    }

    @Test
    void onlyWhatChangedIsTouched() throws Exception {
        List<Env> keep = new CopyOnWriteArrayList<>(), drop = new CopyOnWriteArrayList<>(),
                tune = new CopyOnWriteArrayList<>(), change = new CopyOnWriteArrayList<>(), add = new CopyOnWriteArrayList<>();
        String before = init("""
                <start name="keep">   <resource name="RAM" quantum="1M"/> </start>
                <start name="drop">   <resource name="RAM" quantum="4M"/> </start>
                <start name="tune">   <resource name="RAM" quantum="1M"/> <config level="1"/> </start>
                <start name="change"> <resource name="RAM" quantum="1M"/> </start>
                """);
        try (Core core = TestScenario.start("<scenario ram=\"64M\">" + before + "</scenario>",
                counted("keep", keep), counted("drop", drop), counted("tune", tune), counted("change", change),
                counted("add", add))) {
            XmlNode first = Await.report(core, "init -> state", s -> s.children("child").size() == 4, WAIT);
            assertThat(keep).hasSize(1);
            assertThat(first.child("ram").orElseThrow().longAttribute("used", -1)).isGreaterThanOrEqualTo(7L << 20);

            core.rom("config").set(init("""
                    <start name="keep">   <resource name="RAM" quantum="1M"/> </start>
                    <start name="tune">   <resource name="RAM" quantum="1M"/> <config level="2"/> </start>
                    <start name="change"> <resource name="RAM" quantum="2M"/> </start>
                    <start name="add">    <resource name="RAM" quantum="1M"/> </start>
                    """));
            XmlNode state = Await.report(core, "init -> state", s -> s.children("child").size() == 4
                    && s.children("child").stream().anyMatch(c -> c.attribute("name", "").equals("add")), WAIT);

            assertThat(keep).as("unchanged child keeps its identity").hasSize(1);
            assertThat(keep.get(0).ep().running()).isTrue();
            assertThat(drop.get(0).ep().running()).as("removed child stopped").isFalse();
            assertThat(change).as("changed resources restart the child").hasSize(2);
            assertThat(add).hasSize(1);
            assertThat(tune).as("a config-only change does not restart").hasSize(1);
            String level = tune.get(0).ep().call(() -> tune.get(0).config().xml().attribute("level", "?"));
            assertThat(level).isEqualTo("2");

            long used = state.child("ram").orElseThrow().longAttribute("used", -1);
            long children = state.children("child").stream().mapToLong(c -> c.longAttribute("ram_quota", 0)).sum();
            assertThat(children).isEqualTo(5L << 20);
            assertThat(used - children).as("drop's 4M and change's old 1M went back to init").isLessThan(64 * 1024);
        }
    }

    @Test
    void aConfigThatDoesNotParseIsRejectedAndTheRunningOneKept() throws Exception {
        List<Env> keep = new CopyOnWriteArrayList<>();
        Probe probe = new Probe("probe");
        try (Core core = TestScenario.start("<scenario>" + init("""
                <start name="keep"> <resource name="RAM" quantum="1M"/> </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/> </start>
                """) + "</scenario>", counted("keep", keep), probe.binary())) {
            Await.report(core, "init -> state", s -> s.children("child").size() == 2, WAIT);
            core.rom("config").set("<config><start name=\"keep\"></config>");
            Probe.sleep(Duration.ofMillis(300));
            assertThat(keep.get(0).ep().running()).isTrue();
            assertThat(probe.env().ep().running()).isTrue();
        }
    }
}
