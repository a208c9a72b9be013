/**
 * The hostile-client suite: the whole desktop's session interfaces tried as an attacker would, with
 * {@code null}, extreme and forged arguments, forged capabilities and kept dataspaces. Each attack is
 * refused with a typed error for the attacker alone, while every other client keeps being served.
 */
package org.jenode.scenarios.hostile;
