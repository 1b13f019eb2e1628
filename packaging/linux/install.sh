#!/bin/sh
# Install LTV Desktop for the current user: the program, its menu entry, its icon,
# and "Open with ▸ LTV Desktop" for .xlsx workbooks. No root, no Python needed.
#
#   install.sh [--default] [BUNDLE]   install (or update) from BUNDLE
#   install.sh --uninstall            remove everything this script installed
#
# BUNDLE is the folder `make package` builds (dist/ltv-desktop, holding the
# ltv-desktop program); by default the folder this script is in, or
# dist/ltv-desktop when the script is run from the source tree.
#
# --default also makes LTV Desktop the program that opens .xlsx files on a
# double-click. Without it LTV Desktop is only offered under "Open with", so
# Excel workbooks that are not LTV Desktop documents keep opening where they did.
#
# Files go under $PREFIX (default ~/.local), as the XDG base directories expect:
#   $PREFIX/opt/ltv-desktop/                         the program
#   $PREFIX/bin/ltv-desktop                          a link to it
#   $PREFIX/share/applications/ltv-desktop.desktop  the menu entry
#   $PREFIX/share/icons/hicolor/*/apps/ltv-desktop.* the icon, every size
#   $PREFIX/share/metainfo/io.github.ltvdesktop.LTVDesktop.metainfo.xml
# The desktop's own caches are refreshed when their tools exist; a missing tool
# is never an error.
set -eu

NAME=ltv-desktop
APP_ID=io.github.ltvdesktop.LTVDesktop
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
PREFIX=${PREFIX:-$HOME/.local}
HERE=$(cd "$(dirname "$0")" && pwd)

OPT=$PREFIX/opt/$NAME
BIN=$PREFIX/bin/$NAME
APPS=$PREFIX/share/applications
ICONS=$PREFIX/share/icons/hicolor
METAINFO=$PREFIX/share/metainfo
SIZES="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
# Run a desktop tool if it is installed; its failure is only worth a note.
maybe() {
    if command -v "$1" >/dev/null 2>&1; then
        "$@" >/dev/null 2>&1 || say "  ($1 did not succeed; the menu may update after logging in again)"
    fi
}
refresh_caches() {
    maybe update-desktop-database "$APPS"
    [ -f "$ICONS/index.theme" ] && maybe gtk-update-icon-cache --quiet --force "$ICONS"
    return 0
}

uninstall() {
    rm -rf -- "$OPT"
    [ -L "$BIN" ] && rm -f -- "$BIN"
    rm -f -- "$APPS/$NAME.desktop" "$METAINFO/$APP_ID.metainfo.xml" "$ICONS/scalable/apps/$NAME.svg"
    for size in $SIZES; do
        rm -f -- "$ICONS/${size}x${size}/apps/$NAME.png"
    done
    refresh_caches
    say "LTV Desktop removed from $PREFIX (your workbooks and settings are untouched)."
}

make_default=no
bundle=
for arg in "$@"; do
    case $arg in
        --uninstall) uninstall; exit 0 ;;
        --default) make_default=yes ;;
        -h | --help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) fail "unknown option $arg (try --help)" ;;
        *) bundle=$arg ;;
    esac
done
if [ -z "$bundle" ]; then
    if [ -x "$HERE/$NAME" ]; then
        bundle=$HERE
    else
        bundle=$HERE/../../dist/$NAME
    fi
fi
[ -x "$bundle/$NAME" ] || fail "no $NAME program in ${bundle}: run 'make package' first"
bundle=$(cd "$bundle" && pwd)
# The menu entry and the AppStream file sit beside this script, in the bundle or in
# packaging/linux/.
for file in "$NAME.desktop" "$APP_ID.metainfo.xml"; do
    [ -f "$HERE/$file" ] || fail "$file is missing beside $0"
done
icons_in=$bundle/_internal/resources/icons

say "Installing LTV Desktop from $bundle"
# The program: copied next to the old one, then swapped in, so a failed copy
# leaves the installed version working.
mkdir -p -- "$PREFIX/opt" "$PREFIX/bin" "$APPS" "$METAINFO" "$ICONS/scalable/apps"
rm -rf -- "$OPT.new"
cp -R -- "$bundle" "$OPT.new"
rm -f -- "$OPT.new/install.sh" "$OPT.new/$NAME.desktop" "$OPT.new/$APP_ID.metainfo.xml"
rm -rf -- "$OPT.old"
[ -d "$OPT" ] && mv -- "$OPT" "$OPT.old"
mv -- "$OPT.new" "$OPT"
rm -rf -- "$OPT.old"
ln -sfn -- "$OPT/$NAME" "$BIN"
say "  program    $OPT  (command: $BIN)"

# The menu entry runs the program by its full path: ~/.local/bin is often not on
# the PATH a desktop session starts programs with.
program=$(printf '%s' "$OPT/$NAME" | sed 's/[|&\\]/\\&/g')  # as a sed replacement
sed -e "s|^Exec=$NAME |Exec=\"$program\" |" -e "s|^TryExec=$NAME\$|TryExec=$program|" \
    "$HERE/$NAME.desktop" >"$APPS/$NAME.desktop"
chmod 644 "$APPS/$NAME.desktop"
cp -- "$HERE/$APP_ID.metainfo.xml" "$METAINFO/"
say "  menu entry $APPS/$NAME.desktop"

installed_icons=0
for size in $SIZES; do
    png=$icons_in/hicolor/${size}x${size}/apps/$NAME.png
    if [ -f "$png" ]; then
        mkdir -p -- "$ICONS/${size}x${size}/apps"
        cp -- "$png" "$ICONS/${size}x${size}/apps/"
        installed_icons=$((installed_icons + 1))
    fi
done
[ -f "$icons_in/$NAME.svg" ] && cp -- "$icons_in/$NAME.svg" "$ICONS/scalable/apps/"
say "  icons      $ICONS ($installed_icons sizes and the SVG)"

refresh_caches
if [ "$make_default" = yes ]; then
    maybe xdg-mime default "$NAME.desktop" "$XLSX"
    say "  .xlsx files now open in LTV Desktop on a double-click"
else
    say "  .xlsx files offer LTV Desktop under Open with (install.sh --default to make it the default)"
fi
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) say "  note: $PREFIX/bin is not on your PATH; the menu entry works regardless" ;;
esac
say "Done. Start it from the menu, or: $NAME FILE.xlsx"
