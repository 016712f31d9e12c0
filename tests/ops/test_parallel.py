import threading

from ops.parallel import in_parallel


def test_jobs_run_side_by_side_and_keep_the_order():
    both = threading.Barrier(2, timeout=30)  # each waits for the other: they must run together

    def meet(item):
        both.wait()
        return item * 2

    assert in_parallel(meet, [1, 2], jobs=2) == [2, 4]
