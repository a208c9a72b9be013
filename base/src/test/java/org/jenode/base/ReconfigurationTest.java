package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/** A changed init config is applied differentially while everything keeps running. */
class ReconfigurationTest {

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

    private static boolean hasChild(XmlNode state, String name) {
        return state.children("child").stream().anyMatch(c -> c.attribute("name", "").equals(name));
    }

    /** What the last reconfiguration stopped, and why: the positive trace of what it did not touch. */
    private static Map<String, String> stopped(XmlNode state) {
        return state.children("stopped").stream().collect(Collectors.toMap(s -> s.required("name"), s -> s.required("reason")));
    }

    @Test
    void onlyWhatChangedIsTouched() {
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
            XmlNode first = Await.report(core, "init -> state", s -> s.children("child").size() == 4);
            Await.until("all four constructed", () -> keep.size() == 1 && drop.size() == 1 && tune.size() == 1 && change.size() == 1);
            assertThat(first.child("ram").orElseThrow().longAttribute("used", -1)).isGreaterThanOrEqualTo(7L << 20);

            core.rom("config").set(init("""
                    <start name="keep">   <resource name="RAM" quantum="1M"/> </start>
                    <start name="tune">   <resource name="RAM" quantum="1M"/> <config level="2"/> </start>
                    <start name="change"> <resource name="RAM" quantum="2M"/> </start>
                    <start name="add">    <resource name="RAM" quantum="1M"/> </start>
                    """));
            XmlNode state = Await.report(core, "init -> state", s -> s.children("child").size() == 4 && hasChild(s, "add"));
            assertThat(stopped(state)).as("only the removed and the changed child were stopped")
                    .isEqualTo(Map.of("drop", "removed", "change", "restarted"));
            Await.until("the restarted and the new child constructed", () -> change.size() == 2 && add.size() == 1);
            Await.until("the removed child stopped", () -> !drop.get(0).ep().running());

            assertThat(keep).as("unchanged child keeps its identity").hasSize(1);
            assertThat(keep.get(0).ep().running()).isTrue();
            assertThat(tune).as("a config-only change does not restart").hasSize(1);
            Env tuned = tune.get(0);
            Await.answer("the new config reaching the running child", () -> tuned.ep().call(() -> tuned.config().xml()
                    .attribute("level", "?")), "2"::equals);

            // a stopped child's quota comes back once its sessions have ended, which may be a later report
            state = Await.report(core, "init -> state", s -> s.child("ram").orElseThrow().longAttribute("used", -1)
                    - s.children("child").stream().mapToLong(c -> c.longAttribute("ram_quota", 0)).sum() < 64 * 1024);
            long used = state.child("ram").orElseThrow().longAttribute("used", -1);
            long children = state.children("child").stream().mapToLong(c -> c.longAttribute("ram_quota", 0)).sum();
            assertThat(children).isEqualTo(5L << 20);
            assertThat(used - children).as("drop's 4M and change's old 1M went back to init").isLessThan(64 * 1024);
        }
    }

    @Test
    void aConfigThatDoesNotParseIsRejectedAndTheRunningOneKept() {
        List<Env> keep = new CopyOnWriteArrayList<>(), later = new CopyOnWriteArrayList<>();
        String starts = "<start name=\"keep\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>";
        try (LogCapture log = new LogCapture(); Core core = TestScenario.start("<scenario>" + init(starts) + "</scenario>",
                counted("keep", keep), counted("later", later))) {
            Await.report(core, "init -> state", s -> hasChild(s, "keep"));
            core.rom("config").set("<config><start name=\"keep\"></config>");
            log.await("config rejected, keeping the running one: ROM 'config':1:");

            core.rom("config").set(init(starts + "<start name=\"later\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>"));
            XmlNode state = Await.report(core, "init -> state", s -> hasChild(s, "later"));
            assertThat(stopped(state)).as("the rejected config stopped nothing").isEmpty();
            assertThat(keep).hasSize(1);
            assertThat(keep.get(0).ep().running()).isTrue();
        }
    }
}
