package org.jenode.wm;

/**
 * What a session is to the wm, by the policy that matches its label: an ordinary client whose
 * top-level views become windows, the decorator, the layouter (Genode 15.08's roles), or a direct
 * session passed through to nitpicker untouched (15.11's {@code role="direct"}).
 */
enum Role { WINDOWED, DECORATOR, LAYOUTER, DIRECT }
