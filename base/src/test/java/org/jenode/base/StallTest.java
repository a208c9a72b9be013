package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/**
 * A child whose entrypoint stops answering is reported as stalled after {@code stall_timeout_ms};
 * removing it from the config ends it without blocking init, and the report says whether its thread
 * really ended: a thread stuck in an uninterruptible wait does not, a sleeping one does.
 */
class StallTest {

    private static String config(String starts) {
        return """
            <config stall_timeout_ms="300">
              <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
              <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
              <report/>
            """ + starts + "</config>";
    }

    private static final String BOTH = """
            <start name="stuck"> <resource name="RAM" quantum="1M"/> </start>
            <start name="sleepy"> <resource name="RAM" quantum="1M"/> </start>
            """;

    private static Binary capturing(String name, CompletableFuture<Env> env) {
        return new Binary(name, e -> {
            env.complete(e);
            return new Component() { };
        });
    }

    private static XmlNode child(XmlNode state, String element, String name) {
        return state.children(element).stream().filter(c -> c.attribute("name", "").equals(name)).findFirst()
                .orElse(XmlNode.builder("absent").build());
    }

    @Test
    void aStalledChildIsReportedAndRemovedWithoutBlockingInit() throws Exception {
        CompletableFuture<Env> stuck = new CompletableFuture<>(), sleepy = new CompletableFuture<>(), added = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        try (Core core = TestScenario.start("<scenario>" + config(BOTH) + "</scenario>", capturing("stuck", stuck),
                capturing("sleepy", sleepy), capturing("added", added))) {
            stuck.get(10, TimeUnit.SECONDS).ep().post(() -> {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // a component that ignores being asked to stop
                    }
                }
            });
            sleepy.get(10, TimeUnit.SECONDS).ep().post(() -> {
                try {
                    Thread.sleep(TimeUnit.HOURS.toMillis(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            XmlNode state = Await.report(core, "init -> state", s -> child(s, "child", "stuck").attribute("state", "").equals("stalled")
                    && child(s, "child", "sleepy").attribute("state", "").equals("stalled"));
            assertThat(child(state, "child", "stuck").longAttribute("busy_ms", 0)).isGreaterThanOrEqualTo(300);

            core.rom("config").set(config("<start name=\"added\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>"));
            added.get(10, TimeUnit.SECONDS); // init went on at once: it did not wait for the stalled children
            state = Await.report(core, "init -> state", s -> s.children("child").size() == 1
                    && child(s, "stopped", "sleepy").attribute("ended", "").equals("yes"));
            assertThat(child(state, "stopped", "stuck").attribute("ended", "")).as("asked, but stuck").isEqualTo("no");
            assertThat(child(state, "stopped", "stuck").attribute("reason", "")).isEqualTo("removed");

            release.countDown();
            Await.report(core, "init -> state", s -> child(s, "stopped", "stuck").attribute("ended", "").equals("yes"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aChildThatAnswersAgainIsRunningAgain() throws Exception {
        CompletableFuture<Env> slow = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        try (Core core = TestScenario.start("<scenario>" + config("<start name=\"slow\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>")
                + "</scenario>", capturing("slow", slow))) {
            slow.get(10, TimeUnit.SECONDS).ep().post(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Await.report(core, "init -> state", s -> child(s, "child", "slow").attribute("state", "").equals("stalled"));
            release.countDown();
            Await.report(core, "init -> state", s -> child(s, "child", "slow").attribute("state", "").equals("running"));
        } finally {
            release.countDown();
        }
    }
}
