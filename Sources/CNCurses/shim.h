#ifndef NUNCIO_CNCURSES_SHIM_H
#define NUNCIO_CNCURSES_SHIM_H

// Wide-character curses: get_wch and cchar_t are only declared with this defined.
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <ncursesw/ncurses.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Macros Swift cannot import, as inline functions.
static inline int nuncio_color_pair(int n) { return COLOR_PAIR(n); }
static inline int nuncio_a_bold(void) { return A_BOLD; }
static inline int nuncio_a_reverse(void) { return A_REVERSE; }
static inline int nuncio_a_dim(void) { return A_DIM; }
static inline int nuncio_a_underline(void) { return A_UNDERLINE; }
static inline int nuncio_a_normal(void) { return A_NORMAL; }
static inline int nuncio_key_resize(void) { return KEY_RESIZE; }

// newterm rather than initscr: initscr exits the process when TERM is unusable, newterm returns NULL.
static inline int nuncio_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    return 0;
}

// stdscr and the size macros, so Swift never touches curses' global variables directly.
static inline WINDOW *nuncio_stdscr(void) { return stdscr; }
static inline int nuncio_rows(void) { return getmaxy(stdscr); }
static inline int nuncio_columns(void) { return getmaxx(stdscr); }
static inline int nuncio_set_attributes(int attributes) { return wattrset(stdscr, attributes); }

// Function keys wget_wch reports with KEY_CODE_YES.
static inline int nuncio_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nuncio_key_up(void) { return KEY_UP; }
static inline int nuncio_key_down(void) { return KEY_DOWN; }
static inline int nuncio_key_left(void) { return KEY_LEFT; }
static inline int nuncio_key_right(void) { return KEY_RIGHT; }
static inline int nuncio_key_ppage(void) { return KEY_PPAGE; }
static inline int nuncio_key_npage(void) { return KEY_NPAGE; }
static inline int nuncio_key_home(void) { return KEY_HOME; }
static inline int nuncio_key_end(void) { return KEY_END; }
static inline int nuncio_key_enter(void) { return KEY_ENTER; }
static inline int nuncio_key_btab(void) { return KEY_BTAB; }
static inline int nuncio_key_backspace(void) { return KEY_BACKSPACE; }

// True when the locale set by setlocale(LC_ALL, "") encodes UTF-8, so box drawing and blocks can be used.
static inline int nuncio_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// The terminal's size from the kernel, after SIGWINCH (ioctl is variadic, so Swift cannot call it).
static inline int nuncio_terminal_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
