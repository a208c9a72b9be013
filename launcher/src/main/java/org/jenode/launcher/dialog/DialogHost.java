package org.jenode.launcher.dialog;

import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.Binary;
import org.jenode.base.Env;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.parent.Children;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.report.ReportBuffer;
import org.jenode.base.report.ReportSession;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.NitpickerSession;

/**
 * A dialog shown by a {@code menu_view} child of the owner. The owner publishes the dialog
 * ({@link #show}); menu_view reads it as its ROM {@code dialog}, draws it in a GUI session the owner
 * opened in its name ({@code <owner> -> <name>} at nitpicker) and reports {@code hover}, which reaches
 * the owner's {@code hovered} callback, as every input event of the menu reaches {@code input} first.
 * menu_view's other requests (icon ROMs) go up to the owner's parent. Everything runs on the owner's
 * entrypoint. If menu_view faults, it is started again once with the last dialog.
 */
public final class DialogHost {

    private final Env env;
    private final Children children;
    private final String name;
    private final String title;
    private final long quantum;
    private final Consumer<String> hovered;
    private final Consumer<InputEvent> input;
    private final RomModule dialog = new RomModule("dialog");
    private final RomModule config = new RomModule("config");
    private final RomModule hover = new RomModule("hover");
    private final Binary menuView;
    private Optional<DialogGui> gui = Optional.empty();
    private ChildHandle child;
    private RamAccount ram;
    private boolean visible = true;
    private int restarts;

    /**
     * @param name    the menu's name, the last element of its labels ({@code menu})
     * @param title   its view's title (a window manager's window title)
     * @param quantum menu_view's RAM, split off the owner's
     * @param hovered hears the name of the innermost named widget under the pointer ("" for none), from
     *                menu_view's hover reports
     * @param input   hears every input event the menu gets, before menu_view
     */
    public DialogHost(Env env, Children children, String name, String title, long quantum, Consumer<String> hovered,
                      Consumer<InputEvent> input) {
        this.env = env;
        this.children = children;
        this.name = name;
        this.title = title;
        this.quantum = quantum;
        this.hovered = hovered;
        this.input = input;
        this.menuView = children.binary("menu_view").orElseThrow(() -> new ServiceDeniedException("no binary 'menu_view' for the dialog"));
        dialog.set("<dialog/>");
        start();
    }

    /** menu_view's config: where the dialog goes on the screen. */
    public void position(int xpos, int ypos) {
        String text = XmlNode.builder("config").attribute("xpos", xpos).attribute("ypos", ypos).attribute("title", title)
                .child(XmlNode.builder("report").attribute("hover", "yes")).build().toXml();
        if (!text.equals(config.text())) config.set(text);
    }

    /** Publishes {@code next} unless it is the dialog shown already. */
    public void show(XmlNode next) {
        String text = next.toXml();
        if (!text.equals(dialog.text())) dialog.set(text);
    }

    /** Shows or hides the menu (Genode's nit_fader, which faded it; here it appears and goes at once). */
    public void visible(boolean shown) {
        visible = shown;
        gui.ifPresent(g -> g.visible(shown));
    }

    private void start() {
        if (config.content().isEmpty()) position(0, 0);
        RamAccount account = env.ram().split(quantum, Labels.prefixed(env.label(), name));
        Announcement roms = children.offer(RomSession.class, _ -> dialog.session());
        Announcement reports = children.offer(ReportSession.class, request -> new ReportBuffer(request, hover, this::hoverChanged));
        Announcement guis = children.offer(NitpickerSession.class, request -> {
            if (gui.isPresent()) throw new ServiceDeniedException("the menu has its GUI session already");
            DialogGui g = new DialogGui(env, request.quota(), name, input);
            if (!visible) g.visible(false);
            gui = Optional.of(g);
            return g;
        });
        ram = account;
        child = children.start(new ChildSpec(name, menuView, account, config), new ChildPolicy() {
            @Override public Route route(RouteRequest request) {
                if (request.type() == RomSession.class && request.label().equals("config")) return new Route.OwnConfig();
                if (request.type() == RomSession.class && request.label().equals("dialog")) return new Route.ToService(roms, name + " -> dialog");
                if (request.type() == ReportSession.class && request.label().equals("hover")) return new Route.ToService(reports, name + " -> hover");
                if (request.type() == NitpickerSession.class) return new Route.ToService(guis, name);
                return new Route.ToParent(Labels.prefixed(name, request.label()));
            }

            @Override public void announced(Announcement announcement) { }

            @Override public void ended(Ending ending) { menuEnded(ending); }
        });
    }

    private void menuEnded(Ending ending) {
        env.log().error("{} ended ({}); {}", name, ending, restarts == 0 ? "starting it again" : "the dialog stays dark");
        ChildHandle gone = child;
        RamAccount account = ram;
        gui.ifPresent(DialogGui::close);
        gui = Optional.empty();
        gone.kill("it ended").whenComplete((_, _) -> env.ep().post(account::close));
        if (restarts++ == 0) start();
    }

    private void hoverChanged(RomModule report) {
        try {
            String innermost = "";
            XmlNode hover = XmlParser.parse(report.text(), name + " hover report");
            for (Optional<XmlNode> n = hover.children().stream().findFirst(); n.isPresent(); n = n.get().children().stream().findFirst())
                innermost = n.get().attribute("name", innermost);
            hovered.accept(innermost);
        } catch (XmlException e) {
            env.log().warn("ignoring the hover report of {}: {}", name, e.getMessage());
        }
    }
}
