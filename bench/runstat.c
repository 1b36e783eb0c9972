/* runstat.c: runs a command and reports its wall time, CPU time, peak
 * resident memory and exit status, one line per run:
 *
 *   runstat [-n RUNS] [-i IN] [-o OUT] [-e ERR] -- COMMAND [ARG...]
 *
 * prints RUNS lines "WALL_S CPU_S MAXRSS_KIB STATUS".  Standard input comes
 * from IN, standard output goes to OUT and standard error to ERR (each
 * /dev/null unless given).  Wall time is CLOCK_MONOTONIC around fork and
 * wait; CPU time and peak memory come from wait4()'s rusage of that child.
 * STATUS is the exit status, or 128+N for a signal N.  Used by bench.sh.
 */
#define _DEFAULT_SOURCE /* wait4() */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static _Noreturn void usage(void)
{
    fputs("usage: runstat [-n RUNS] [-i IN] [-o OUT] [-e ERR] -- COMMAND [ARG...]\n", stderr);
    exit(64);
}

static int redirect(const char *path, int fd, int flags)
{
    int f = open(path, flags, 0666);
    if (f < 0 || dup2(f, fd) < 0)
        return -1;
    close(f);
    return 0;
}

int main(int argc, char **argv)
{
    long runs = 1;
    const char *in = "/dev/null", *out = "/dev/null", *err = "/dev/null";
    int i = 1;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        }
        if (i + 1 >= argc)
            usage();
        if (!strcmp(argv[i], "-n")) {
            char *end;
            runs = strtol(argv[++i], &end, 10);
            if (*end || runs < 1)
                usage();
        } else if (!strcmp(argv[i], "-i"))
            in = argv[++i];
        else if (!strcmp(argv[i], "-o"))
            out = argv[++i];
        else if (!strcmp(argv[i], "-e"))
            err = argv[++i];
        else
            usage();
    }
    if (i >= argc)
        usage();
    for (long r = 0; r < runs; r++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "runstat: fork: %s\n", strerror(errno));
            return 2;
        }
        if (pid == 0) {
            if (redirect(in, 0, O_RDONLY) || redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC) ||
                redirect(err, 2, O_WRONLY | O_CREAT | O_TRUNC))
                _exit(126);
            execvp(argv[i], argv + i);
            _exit(127);
        }
        int st;
        struct rusage ru;
        if (wait4(pid, &st, 0, &ru) < 0) {
            fprintf(stderr, "runstat: wait4: %s\n", strerror(errno));
            return 2;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
        int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        printf("%.6f %.6f %ld %d\n", wall, cpu, ru.ru_maxrss, status);
        fflush(stdout);
    }
    return 0;
}
