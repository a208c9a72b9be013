package org.jenode.wm;

import org.jenode.base.Env;

/** The parts of the wm every client session uses: the component's env, the windows, the view tokens, the layouter's input. */
record Shared(Env env, WindowRegistry windows, ViewCapabilities capabilities, LayouterInput layouter) { }
