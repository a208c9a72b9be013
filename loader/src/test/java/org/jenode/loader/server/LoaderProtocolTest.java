package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.LoaderSession;
import org.jenode.loader.SubsystemState;
import org.jenode.loader.SubsystemStatus;
import org.junit.jupiter.api.Test;

/**
 * The client's sequence of spec §6.5, step by step, on the headless driver: the subsystem's view
 * appears nested in the client's view only once the client places it, follows the client's view when
 * it moves, shows a committed config at once, and goes when the session closes, which returns the
 * donation to the client to the byte and the loader's fronted RAM to the loader.
 */
class LoaderProtocolTest {

    private static final int BLUE = 0x2040c0, RED = 0xff0000, GREEN = 0x00ff00;

    @Test
    void theClientSequenceOfSpec65() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            XmlNode before = desk.state(s -> s.children("child").size() == 5 && LoaderDesk.used(s, "client") >= 0);
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(50, 40, 200, 150), BLUE));
            desk.screen.awaitScreen("the client's view", () -> desk.screen.rgb(60, 50) == BLUE);
            XmlNode withView = desk.state(s -> LoaderDesk.used(s, "client") > LoaderDesk.used(before, "client"));

            // loader = Loader::Connection(ram_quota); the config module, written and committed
            LoaderSession loader = desk.open(4 << 20);
            LoaderDesk.commit(loader, "config", "<config color=\"#ff0000\" width=\"80\" height=\"60\" xpos=\"7\" ypos=\"9\"/>");

            // view_ready_sigh, constrain_geometry, parent_view, start
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            AtomicInteger faults = new AtomicInteger();
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(count -> ready.complete(count)));
                loader.faultSigh(env.ep().handler(faults::incrementAndGet));
                loader.constrainGeometry(new Area(100, 100));
                loader.parentView(mine.capability());
                loader.start("painter", "demo");
                return null;
            });
            ready.get(20, TimeUnit.SECONDS);
            assertThat(loader.status().state()).isEqualTo(new SubsystemState.Running());

            // nothing on the screen before the client places it: the subsystem's geometry is only a wish
            assertThat(loader.viewSize()).isEqualTo(new Area(80, 60));
            assertThat(desk.screen.rgb(50 + 7 + 5, 40 + 9 + 5)).isEqualTo(BLUE);

            // view_geometry: relative to the parent view, in front of it
            loader.viewGeometry(new Rect(10, 20, 80, 60), Point.ORIGIN);
            desk.screen.awaitScreen("the subsystem's view inside the client's", () -> desk.screen.rgb(60 + 40, 60 + 30) == RED);
            assertThat(desk.screen.rgb(59, 59)).as("left of the nested view").isEqualTo(BLUE);
            assertThat(desk.screen.rgb(60 + 80, 60 + 30)).as("right of it").isEqualTo(BLUE);
            desk.screen.writePng(Path.of("target", "screens", "loader-nested.png"));

            // the nested view moves with the client's view; the loader is not asked
            desk.client.onEp(env -> {
                mine.move(new Rect(150, 120, 200, 150));
                return null;
            });
            desk.screen.awaitScreen("the nested view moved with its parent", () -> desk.screen.rgb(160 + 40, 140 + 30) == RED
                    && desk.screen.rgb(60 + 40, 60 + 30) == LoaderDesk.BLACK);

            // a config committed to the running subsystem reaches it as a ROM update
            LoaderDesk.commit(loader, "config", "<config color=\"#00ff00\" width=\"80\" height=\"60\" xpos=\"7\" ypos=\"9\"/>");
            desk.screen.awaitScreen("the new config on the screen", () -> desk.screen.rgb(160 + 40, 140 + 30) == GREEN);

            SubsystemStatus running = loader.status();
            assertThat(running.ramQuota()).isPositive();
            assertThat(running.ramUsed()).isPositive().isLessThanOrEqualTo(running.ramQuota());
            assertThat(faults).hasValue(0);

            // closing the session ends the subsystem; its view goes, the donation returns to the byte
            desk.client.onEp(env -> {
                loader.close();
                return null;
            });
            desk.screen.awaitScreen("the nested view gone", () -> desk.screen.rgb(160 + 40, 140 + 30) == BLUE);
            XmlNode after = desk.state(s -> LoaderDesk.used(s, "client") == LoaderDesk.used(withView, "client")
                    && LoaderDesk.used(s, "loader") == LoaderDesk.used(before, "loader"));
            assertThat(LoaderDesk.used(after, "client")).isEqualTo(LoaderDesk.used(withView, "client"));
            assertThat(LoaderDesk.used(after, "loader")).isEqualTo(LoaderDesk.used(before, "loader"));
            assertThat(LoaderDesk.child(after, "loader").attribute("state", "")).isEqualTo("running");
        }
    }

    @Test
    void theDonationIsAllTheSubsystemGetsAndItsLabelBeginsWithTheClients() {
        try (LoaderDesk desk = new LoaderDesk()) {
            XmlNode idle = desk.state(s -> s.children("child").size() == 5);
            LoaderSession loader = desk.open(2 << 20);
            LoaderDesk.commit(loader, "config", "<config color=\"#ff0000\" xpos=\"100\" ypos=\"100\"/>");
            loader.ramQuota(1 << 20);
            loader.start("painter", "plain");
            // not nested: its GUI session goes up to the loader's parent, labelled below the client
            desk.screen.awaitScreen("the subsystem's own view", () -> desk.screen.rgb(110, 110) == RED);
            desk.screen.inject(new org.jenode.input.InputEvent.AbsoluteMotion(120, 120));
            XmlNode hover = Await.report(desk.core, "init -> nitpicker -> hover", h -> h.has("label"));
            assertThat(hover.attribute("label", "")).isEqualTo("loader -> client -> plain");

            SubsystemStatus status = loader.status();
            assertThat(status.ramQuota()).isEqualTo(1 << 20);
            XmlNode running = desk.state(s -> LoaderDesk.used(s, "loader") >= LoaderDesk.used(idle, "loader") + (1 << 20));
            assertThat(LoaderDesk.used(running, "loader")).as("the loader fronts the subsystem's RAM")
                    .isGreaterThanOrEqualTo(LoaderDesk.used(idle, "loader") + (1 << 20));
            loader.close();
            desk.state(s -> LoaderDesk.used(s, "loader") == LoaderDesk.used(idle, "loader")
                    && LoaderDesk.used(s, "client") == LoaderDesk.used(idle, "client"));
        }
    }
}
