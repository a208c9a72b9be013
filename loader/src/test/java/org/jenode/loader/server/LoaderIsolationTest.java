package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.HostTraces;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;
import org.junit.jupiter.api.Test;

/**
 * Where a subsystem runs: by default in a process of its own, on threads of the loader's JVM on
 * request, decided in one place (IsolationChoice). A sandboxed subsystem nests in the client's view
 * like any other, and closing the session ends its process and returns the donation.
 */
class LoaderIsolationTest {

    private static final int BLUE = 0x2040c0;
    private static final String DEMO = "init -> loader -> client -> demo";

    @Test
    void byDefaultASubsystemRunsInAProcessOfItsOwnAndEndsWithTheSession() throws Exception {
        try (LoaderDesk desk = new LoaderDesk("48M", "")) {
            XmlNode before = desk.state(s -> s.children("child").size() == 5 && LoaderDesk.used(s, "client") >= 0);
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(50, 40, 300, 220), BLUE));
            desk.screen.awaitScreen("the client's view", () -> desk.screen.rgb(60, 50) == BLUE);
            XmlNode withView = desk.state(s -> LoaderDesk.used(s, "client") > LoaderDesk.used(before, "client"));

            LoaderSession loader = desk.open(8 << 20);
            LoaderDesk.commit(loader, "config", "<config xpos=\"0\" ypos=\"0\"/>");
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(count -> ready.complete(count)));
                loader.constrainGeometry(new Area(200, 150));
                loader.parentView(mine.capability());
                loader.start("testnit", "demo");
                return null;
            });
            assertThat(loader.status().isolation()).isEqualTo(Isolation.PROCESS);
            ready.get(60, TimeUnit.SECONDS);
            assertThat(HostTraces.processesOf(DEMO)).as("testnit's own process").hasSize(1);

            Area size = loader.viewSize();
            loader.viewGeometry(new Rect(10, 10, size.width(), size.height()), Point.ORIGIN);
            desk.screen.awaitScreen("the sandboxed subsystem's pixels inside the client's view",
                    () -> desk.screen.rgb(60 + 5, 50 + 5) != BLUE);
            assertThat(desk.screen.rgb(55, 45)).as("the client's view around it").isEqualTo(BLUE);

            desk.client.onEp(env -> {
                loader.close();
                return null;
            });
            Await.until("the subsystem's process gone", () -> HostTraces.processesOf(DEMO).isEmpty());
            desk.screen.awaitScreen("the nested view gone", () -> desk.screen.rgb(60 + 5, 50 + 5) == BLUE);
            desk.state(s -> LoaderDesk.used(s, "client") == LoaderDesk.used(withView, "client")
                    && LoaderDesk.used(s, "loader") == LoaderDesk.used(before, "loader"));
        }
    }

    @Test
    void onRequestASubsystemRunsOnThreadsOfTheLoadersJvm() {
        try (LoaderDesk desk = new LoaderDesk("48M", "")) {
            LoaderSession loader = desk.open(SessionArgs.ramQuota(LoaderSession.quota(4 << 20, 4096))
                    .with(LoaderSession.ISOLATION, Isolation.THREAD.attribute()));
            LoaderDesk.commit(loader, "config", "<config xpos=\"100\" ypos=\"100\"/>");
            loader.start("testnit", "demo");
            assertThat(loader.status().isolation()).isEqualTo(Isolation.THREAD);
            desk.screen.awaitScreen("testnit on the screen", () -> desk.screen.rgb(110, 110) != LoaderDesk.BLACK);
            assertThat(HostTraces.processesOf(DEMO)).isEmpty();
            loader.close();
        }
    }

    @Test
    void theLoadersConfigChoosesForSessionsThatDoNotAsk() {
        try (LoaderDesk desk = new LoaderDesk("48M", "<config isolation=\"thread\"/>")) {
            LoaderSession loader = desk.open(4 << 20);
            loader.start("testnit", "demo");
            assertThat(loader.status().isolation()).isEqualTo(Isolation.THREAD);
            loader.close();
        }
    }

    @Test
    void aSubInitIsNotStartedInAProcessItCannotParentFrom() {
        try (LoaderDesk desk = new LoaderDesk("48M", "")) {
            LoaderSession loader = desk.open(4 << 20);
            LoaderDesk.commit(loader, "config", "<config/>");
            assertThatThrownBy(() -> loader.start("init", "nested")).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("starts children of its own").hasMessageContaining("isolation=\"thread\"");
            XmlNode state = desk.state(s -> s.children("child").size() == 5);
            assertThat(LoaderDesk.child(state, "loader").attribute("state", "")).isEqualTo("running");
            loader.close();
        }
    }
}
