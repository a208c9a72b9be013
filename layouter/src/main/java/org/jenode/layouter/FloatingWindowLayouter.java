package org.jenode.layouter;

import java.util.Optional;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlException;
import org.jenode.layouter.format.ConfigFormat;
import org.jenode.layouter.format.Reports;
import org.jenode.layouter.format.RomFormats;
import org.jenode.layouter.format.RulesFormat;
import org.jenode.layouter.model.Layout;
import org.jenode.layouter.model.LayoutEvent;
import org.jenode.layouter.model.LayoutEvent.ConfigChanged;
import org.jenode.layouter.model.LayoutEvent.HoverChanged;
import org.jenode.layouter.model.LayoutEvent.MarginsChanged;
import org.jenode.layouter.model.LayoutEvent.RulesChanged;
import org.jenode.layouter.model.LayoutEvent.ScreenChanged;
import org.jenode.layouter.model.LayoutEvent.UserInput;
import org.jenode.layouter.model.LayoutEvent.WindowList;
import org.jenode.layouter.model.Margins;
import org.jenode.layouter.model.LayouterConfig;

/**
 * {@code floating_window_layouter}: the wm's policy of where windows go and how they behave. It owns
 * the {@link Layout}, feeds it from the ROMs {@code window_list}, {@code hover}, {@code focus_request},
 * {@code decorator_margins}, {@code displays} and (with {@code rules="rom"}) {@code rules}, and from the
 * input and mode of its session at the wm, and after every change publishes {@code window_layout},
 * {@code resize_request}, {@code focus} and (with {@code <report rules="yes"/>}) {@code rules}.
 */
public final class FloatingWindowLayouter implements Component {

    /**
     * The frame Jenode's decorator reports, assumed where no {@code decorator_margins} ROM is routed, as
     * Genode 15.08's layouter knew its decorator's frame without asking; so a window's title bar is on
     * the screen.
     */
    private static final Margins ASSUMED_MARGINS = new Margins(20, 4, 4, 4);

    private final Env env;
    private final Layout layout = new Layout(LayouterConfig.EMPTY);
    private final Reporter windowLayout, resizeRequest, focus;
    private final ScreenArea screen = new ScreenArea();
    private Optional<Reporter> rulesReport = Optional.empty();
    private Optional<RomFeed> rulesRom = Optional.empty();
    /** False while the constructor reads what was there before this layouter started. */
    private boolean started;

    public FloatingWindowLayouter(Env env) {
        this.env = env;
        windowLayout = new Reporter(env, "window_layout");
        resizeRequest = new Reporter(env, "resize_request");
        focus = new Reporter(env, "focus");

        env.config().sigh(env.ep().handler(() -> {
            env.config().update();
            configure();
            publish();
        }));
        configure();
        // what a window needs to be placed comes before the windows; Genode 15.08's configs route only
        // window_list and hover, and without displays the screen is the session's domain (ScreenArea)
        Optional<RomFeed> displays = RomFeed.optional(env, "displays",
                xml -> screen.displays(RomFormats.screen(xml)).map(ScreenChanged::new), this::changed);
        Optional<RomFeed> margins = RomFeed.optional(env, "decorator_margins",
                xml -> Optional.of(new MarginsChanged(RomFormats.margins(xml))), this::changed);
        RomFeed windows = new RomFeed(env, "window_list", xml -> Optional.of(new WindowList(RomFormats.windowList(xml))), this::changed);
        RomFeed hover = new RomFeed(env, "hover", xml -> Optional.of(new HoverChanged(RomFormats.hover(xml))), this::changed);
        Optional<RomFeed> focusRequest = RomFeed.optional(env, "focus_request",
                xml -> RomFormats.focusRequest(xml, started).map(LayoutEvent.class::cast), this::changed);
        if (margins.isEmpty()) changed(new MarginsChanged(ASSUMED_MARGINS));
        displays.ifPresent(RomFeed::read);
        margins.ifPresent(RomFeed::read);
        windows.read();
        hover.read();
        focusRequest.ifPresent(RomFeed::read);
        new WmInput(env, events -> {
            events.forEach(e -> layout.apply(new UserInput(e)));
            publish();
        }, area -> screen.domain(area).map(ScreenChanged::new).ifPresent(this::changed));
        started = true;
        publish();
    }

    private void changed(LayoutEvent event) {
        layout.apply(event);
        if (started) publish();
    }

    /** Applies the config; a malformed one is logged and the last good one stays. */
    private void configure() {
        LayouterConfig config;
        try {
            config = ConfigFormat.parse(env.config().xml());
        } catch (XmlException e) {
            env.log().warn("{}; keeping the last good config", e.getMessage());
            return;
        }
        LayouterConfig before = layout.config();
        layout.apply(new ConfigChanged(config));
        if (config.reportRules() != rulesReport.isPresent()) {
            rulesReport.ifPresent(Reporter::close);
            rulesReport = config.reportRules() ? Optional.of(new Reporter(env, "rules")) : Optional.empty();
        }
        if (config.rulesFromRom() && rulesRom.isEmpty()) {
            rulesRom = Optional.of(new RomFeed(env, "rules", xml -> Optional.of(new RulesChanged(
                    RulesFormat.parse(xml).orElse(layout.config().rules()))), this::changed));
            rulesRom.get().read();
        } else if (!config.rulesFromRom()) {
            rulesRom.ifPresent(RomFeed::close);
            rulesRom = Optional.empty();
            if (!config.rules().equals(before.rules()) || before.rulesFromRom()) layout.apply(new RulesChanged(config.rules()));
        }
    }

    private void publish() {
        Reports reports = Reports.of(layout);
        windowLayout.report(reports.windowLayout());
        resizeRequest.report(reports.resizeRequest());
        focus.report(reports.focus());
        rulesReport.ifPresent(r -> r.report(reports.rules()));
    }
}
