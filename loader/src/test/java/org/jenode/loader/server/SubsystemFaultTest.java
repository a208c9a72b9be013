package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.loader.LoaderSession;
import org.jenode.loader.SubsystemState;
import org.junit.jupiter.api.Test;

/**
 * A subsystem that faults is stopped alone: the client hears of it by the fault signal and reads why
 * from the status, the subsystem's view goes, the loader and its other subsystems go on, the RAM it had
 * returns to the loader, and a new session starts it again.
 */
class SubsystemFaultTest {

    private static final String FAULTY = "<config color=\"#ff0000\" xpos=\"20\" ypos=\"20\" fault_on_click=\"yes\"/>";

    @Test
    void aFaultIsSignalledExplainedAndContainedAndARestartWorks() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            XmlNode idle = desk.state(s -> s.children("child").size() == 5);
            LoaderSession bystander = desk.open(1 << 20);
            LoaderDesk.commit(bystander, "config", "<config color=\"#00ff00\" xpos=\"200\" ypos=\"20\"/>");
            bystander.start("painter", "bystander");

            LoaderSession loader = desk.open(1 << 20);
            LoaderDesk.commit(loader, "config", FAULTY);
            CompletableFuture<Void> fault = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.faultSigh(env.ep().handler(() -> fault.complete(null)));
                return null;
            });
            loader.start("painter", "faulty");
            desk.screen.awaitScreen("both subsystems", () -> desk.screen.rgb(30, 30) == 0xff0000 && desk.screen.rgb(210, 30) == 0x00ff00);

            desk.screen.inject(new InputEvent.AbsoluteMotion(40, 40), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            fault.get(20, TimeUnit.SECONDS);
            assertThat(loader.status().state()).isInstanceOfSatisfying(SubsystemState.Faulted.class,
                    f -> assertThat(f.reason()).contains("IllegalStateException").contains("fault on a click"));
            desk.screen.awaitScreen("the faulty subsystem's view gone", () -> desk.screen.rgb(30, 30) == LoaderDesk.BLACK);
            Await.until("its RAM back with the loader", () -> loader.status().ramQuota() == 0);
            assertThat(desk.screen.rgb(210, 30)).as("the bystander").isEqualTo(0x00ff00);
            assertThat(bystander.status().state()).isEqualTo(new SubsystemState.Running());
            // a handler registered after the fault hears of it at once
            CompletableFuture<Void> late = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.faultSigh(env.ep().handler(() -> late.complete(null)));
                return null;
            });
            late.get(20, TimeUnit.SECONDS);

            // restart: a new session, the same config
            loader.close();
            LoaderSession again = desk.open(1 << 20);
            LoaderDesk.commit(again, "config", FAULTY);
            again.start("painter", "faulty");
            desk.screen.awaitScreen("restarted", () -> desk.screen.rgb(30, 30) == 0xff0000);
            assertThat(again.status().state()).isEqualTo(new SubsystemState.Running());
            again.close();
            bystander.close();
            XmlNode after = desk.state(s -> LoaderDesk.used(s, "loader") == LoaderDesk.used(idle, "loader")
                    && LoaderDesk.used(s, "client") == LoaderDesk.used(idle, "client"));
            assertThat(LoaderDesk.child(after, "loader").attribute("state", "")).isEqualTo("running");
        }
    }

    @Test
    void anExitIsSignalledWithItsCode() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            LoaderSession loader = desk.open(1 << 20);
            CompletableFuture<Void> ended = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.faultSigh(env.ep().handler(() -> ended.complete(null)));
                return null;
            });
            loader.start("quitter", "");
            ended.get(20, TimeUnit.SECONDS);
            assertThat(loader.status().state()).isEqualTo(new SubsystemState.Exited(3));
        }
    }
}
