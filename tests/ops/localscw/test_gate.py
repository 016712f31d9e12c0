"""The gate that holds a provider call: deterministic, whatever the machine's load."""

import threading

from ops.localscw import gate


def test_a_held_call_goes_on_only_once_released(tmp_path):
    holder = gate.Gate(tmp_path / "gate")
    done = threading.Event()
    provider = threading.Thread(target=lambda: (gate.hold(holder.folder), done.set()))
    provider.start()
    assert holder.wait_reached(timeout=60)
    assert not done.is_set()  # reached, and still held
    holder.release()
    provider.join(timeout=60)
    assert done.is_set()
    gate.hold(holder.folder)  # passed once: a restarted provider goes straight on
    holder.close()
