package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.loader.LoaderSession;
import org.junit.jupiter.api.Test;

/**
 * A whole sub-init as the subsystem, configured by the client's {@code config} module: its child
 * reaches the loader's virtual GUI session through the sub-init and the loader, shows in the client's
 * view, reads a ROM module the client supplied, and carries the client's label at nitpicker.
 */
class SubInitSubsystemTest {

    @Test
    void aSubInitWithItsOwnConfigShowsInsideTheClientsView() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(40, 40, 300, 200), 0x2040c0));
            LoaderSession loader = desk.open(8 << 20);
            LoaderDesk.commit(loader, "painter.config", "<config color=\"#ffff00\" width=\"120\" height=\"90\"/>");
            LoaderDesk.commit(loader, "config", """
                    <config>
                      <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Nitpicker"/> </parent-provides>
                      <default-route> <any-service> <parent/> </any-service> </default-route>
                      <start name="painter">
                        <resource name="RAM" quantum="2M"/>
                        <configfile name="painter.config"/>
                      </start>
                    </config>""");
            CompletableFuture<Void> ready = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(() -> ready.complete(null)));
                loader.parentView(mine.capability());
                return null;
            });
            loader.start("init", "nested");
            ready.get(20, TimeUnit.SECONDS);
            assertThat(loader.viewSize()).isEqualTo(new org.jenode.base.geometry.Area(120, 90));
            loader.viewGeometry(new Rect(20, 20, 120, 90), Point.ORIGIN);
            desk.screen.awaitScreen("the sub-init's painter in the client's view", () -> desk.screen.rgb(100, 100) == 0xffff00);

            desk.screen.inject(new InputEvent.AbsoluteMotion(110, 110));
            XmlNode hover = Await.report(desk.core, "init -> nitpicker -> hover", h -> h.attribute("label", "").contains("nested"));
            assertThat(hover.attribute("label", "")).isEqualTo("loader -> client -> nested -> painter");
            loader.close();
            desk.screen.awaitScreen("gone with the session", () -> desk.screen.rgb(100, 100) == 0x2040c0);
        }
    }
}
