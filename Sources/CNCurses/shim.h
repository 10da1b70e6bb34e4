#ifndef NUNCIO_CNCURSES_SHIM_H
#define NUNCIO_CNCURSES_SHIM_H

// Wide-character curses: get_wch and cchar_t are only declared with this defined.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

// Macros Swift cannot import, as inline functions.
static inline int nuncio_color_pair(int n) { return COLOR_PAIR(n); }
static inline int nuncio_a_bold(void) { return A_BOLD; }
static inline int nuncio_a_reverse(void) { return A_REVERSE; }
static inline int nuncio_a_dim(void) { return A_DIM; }
static inline int nuncio_a_underline(void) { return A_UNDERLINE; }
static inline int nuncio_a_normal(void) { return A_NORMAL; }
static inline int nuncio_key_resize(void) { return KEY_RESIZE; }

#endif
