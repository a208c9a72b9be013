#!/usr/bin/env bash
# Records the byte streams of real programs as a terminal receives them: each program runs in a tmux
# pane of the corpus size under TERM=xterm-256color, and tmux's pipe-pane writes what the pane's program
# sent into NAME.bytes. CorpusTest replays each stream into the terminal model and into a fresh tmux pane
# of the same size and compares the cell grids. Run from this folder: ./record.sh
set -euo pipefail
cd "$(dirname "$0")"
sock=jenode-record-$$
work=$(mktemp -d)
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# Sample inputs the programs work on, the same on every machine.
seq 1 400 | sed 's/^/line /' > "$work/numbers.txt"
cat > "$work/hello.c" <<'C'
#include <stdio.h>

/* A small program for the editor to colour. */
int main(int argc, char **argv) {
    for (int i = 0; i < argc; i++) printf("%d: %s\n", i, argv[i]);
    return 0;
}
C
mkdir -p "$work/tree/dir1" "$work/tree/dir2"
touch "$work/tree/plain.txt" "$work/tree/archive.tar.gz" "$work/tree/image.png"
printf '#!/bin/sh\n' > "$work/tree/run.sh"; chmod +x "$work/tree/run.sh"
ln -s plain.txt "$work/tree/link"; ln -s missing "$work/tree/broken"

# record NAME COLS ROWS SECONDS KEYS...: starts a shell, records while typing KEYS (tmux send-keys
# arguments, one per send), waits SECONDS after the last, stops recording before anything else happens.
record() {
  local name=$1 cols=$2 rows=$3 wait=$4; shift 4
  tmux -L $sock kill-server 2>/dev/null || true
  tmux -L $sock -f /dev/null new-session -d -s rec -x "$cols" -y "$rows" \
    "cd $work && env -i TERM=xterm-256color HOME=$work PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='\$ ' bash --norc --noprofile"
  sleep 0.5
  tmux -L $sock pipe-pane -O -t rec "cat > '$PWD/$name.bytes'"
  for keys in "$@"; do eval "tmux -L $sock send-keys -t rec $keys"; sleep 0.4; done
  sleep "$wait"
  tmux -L $sock pipe-pane -t rec
  tmux -L $sock kill-server
  echo "$name $cols $rows" >> corpus.txt.new
}

: > corpus.txt.new
record ls-color 80 24 0.5 "'ls -la --color=always tree' Enter" "'ls --color=always -R /usr/share/X11/xkb | head -30' Enter"
record vim 80 24 1 "'vim -N -u NONE -c \"syntax on\" -c \"set number\" hello.c' Enter" "3G" "A" "' // edited'" "Escape" "'/printf' Enter" "o" "'    puts(\"done\");'" "Escape"
record less 80 24 0.5 "'less -N numbers.txt' Enter" "Space" "Space" "'/line 99' Enter"
record top 100 30 2 "'top -d 0.5' Enter"
record colours-256 80 30 0.5 "'for i in \$(seq 0 255); do printf \"\\e[48;5;%sm%4s\\e[0m\" \$i \$i; [ \$((i % 16)) = 15 ] && echo; done; for i in \$(seq 0 255); do printf \"\\e[38;5;%sm#\" \$i; done; echo' Enter"
record truecolour 80 24 0.5 "'for r in 0 64 128 192 255; do for g in 0 85 170 255; do printf \"\\e[38;2;%s;%s;0m\\e[48;2;0;%s;%smX\" \$r \$g \$g \$r; done; done; printf \"\\e[0m\\n\"' Enter" "'printf \"\\e[1mbold\\e[22m \\e[3mitalic\\e[23m \\e[4munder\\e[24m \\e[7minverse\\e[27m \\e[2mdim\\e[0m \\e[1;31;44mmix\\e[0m\\n\"' Enter"
record wrapping 40 12 0.5 "'printf \"%0100d|\\n\" 0; printf \"\\e[32m%s\\e[0m\\n\" \$(seq -s, 1 40); printf \"abc\\e[40Gxyz tail\\n\"' Enter"
record scroll-region 60 16 0.5 "'clear; seq 1 14; printf \"\\e[4;10r\\e[10;1H\"; for i in 1 2 3 4 5; do printf \"\\nnew %s\" \$i; done; printf \"\\e[4;1H\\eMrev\\e[6;1H\\e[2Lins\\e[8;1H\\e[1Mdel\\e[r\\e[16;1H\"' Enter"
record alternate-screen 60 16 0.5 "'seq 1 8; printf \"\\e[?1049h\\e[Hfull screen\\e[5;5Hin the alternate buffer\"; sleep 0.3; printf \"\\e[?1049l\"; echo back' Enter" "'printf \"\\e[?1049h\\e[2J\\e[3;3Hstill alternate\"' Enter"
record utf8-wide 60 12 0.5 "'printf \"Grüße, naïve café; Ελληνικά; Кириллица\\n中文字符 and 日本語テキスト, 한국어\\n┌──┬──┐\\n│ab│cd│ ✓ → ★\\n└──┴──┘\\n\"; printf \"%s\" 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字x; echo' Enter"
mv corpus.txt.new corpus.txt
ls -l ./*.bytes
