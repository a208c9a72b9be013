package org.jenode.layouter.model;

import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;

/** Everything that can happen to the layouter, each from one ROM or from the input the wm forwards. */
public sealed interface LayoutEvent {

    /** The wm's {@code window_list}: every window there is, in any order. */
    record WindowList(List<ClientWindow> windows) implements LayoutEvent {
        public WindowList { windows = List.copyOf(windows); }
    }

    /** The decorator's {@code hover}. */
    record HoverChanged(Hover hover) implements LayoutEvent { }

    /**
     * The wm's {@code focus_request}: a client asked to focus the windows whose labels start with
     * {@code label}. Each {@code id} is applied once; a request that is not {@code fresh} was there
     * before the layouter started and is only noted, so that a restart does not replay it.
     */
    record FocusRequest(String label, long id, boolean fresh) implements LayoutEvent { }

    /** The decorator's {@code decorator_margins}. */
    record MarginsChanged(Margins margins) implements LayoutEvent { }

    /** The screen windows live on (the {@code displays} ROM). */
    record ScreenChanged(Rect screen) implements LayoutEvent { }

    record ConfigChanged(LayouterConfig config) implements LayoutEvent { }

    /** The rules in effect: the {@code rules} ROM, or the config's {@code <rules>}. */
    record RulesChanged(List<Rule> rules) implements LayoutEvent {
        public RulesChanged { rules = List.copyOf(rules); }
    }

    /** One event of the input that the wm forwards: the decorator's, in screen coordinates, and global keys. */
    record UserInput(InputEvent event) implements LayoutEvent { }
}
