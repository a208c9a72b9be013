/**
 * {@code testnit}: nitpicker's classic test client. Several views onto one alpha buffer (each showing a
 * different part of it through its buffer offset), one nested child view, and one translucent round view
 * whose input mask covers only the disc. Pressing on a view raises it; dragging moves it.
 */
package org.jenode.apps.testnit;
