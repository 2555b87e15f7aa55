#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 strict concurrency rejects mutable C globals and cannot import
   function-like macros; these accessors expose them as functions. */
static inline WINDOW *tk_stdscr(void) { return stdscr; }
static inline int tk_lines(void) { return LINES; }
static inline int tk_cols(void) { return COLS; }
static inline int tk_colors(void) { return COLORS; }
static inline int tk_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tk_attr_bold(void) { return A_BOLD; }
static inline attr_t tk_attr_dim(void) { return A_DIM; }
static inline attr_t tk_attr_reverse(void) { return A_REVERSE; }
static inline attr_t tk_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t tk_attr_normal(void) { return A_NORMAL; }
static inline int tk_key_f(int n) { return KEY_F(n); }
static inline int tk_ccharw_max(void) { return CCHARW_MAX; }
static inline mmask_t tk_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/* Reads the mouse event behind KEY_MOUSE. Returns 0 for none/other, 1 press (button in
   *button: 0 left, 1 middle, 2 right), 2 release, 3 wheel up, 4 wheel down. */
static inline int tk_get_mouse(int *x, int *y, int *button) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    mmask_t state = event.bstate;
    if (state & BUTTON4_PRESSED) return 3;
#if NCURSES_MOUSE_VERSION > 1
    if (state & BUTTON5_PRESSED) return 4;
#endif
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) { *button = 0; return 1; }
    if (state & (BUTTON2_PRESSED | BUTTON2_CLICKED)) { *button = 1; return 1; }
    if (state & (BUTTON3_PRESSED | BUTTON3_CLICKED)) { *button = 2; return 1; }
    if (state & (BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED)) return 2;
    return 0;
}

/* Sets a cchar_t from up to CCHARW_MAX wide characters (NUL-terminated) and draws it. */
static inline int tk_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, (short)pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
