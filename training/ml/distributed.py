"""DeepSpeed configs, launch command lines and environments for multi-process training runs."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from training.ml.config import DistributedSettings

LAUNCH_MODULE = "training.ml.launch"
# DeepSpeed's own multi-node launcher: ssh into each host of the hostfile from the main node.
MULTINODE_LAUNCHER = "pdsh"
MAX_HOSTFILE_BYTES = 64 * 1024  # thousands of "host slots=N" lines


def is_main_process() -> bool:
    """Rank 0 of a distributed launch (torchrun and DeepSpeed's launcher set RANK), or a lone process."""
    return int(os.environ.get("RANK", "0")) == 0


def uses_deepspeed(settings: DistributedSettings) -> bool:
    """Several processes, several machines or an offloaded optimizer need DeepSpeed; one plain process does not."""
    return settings.num_processes > 1 or bool(settings.hostfile) or settings.offload_optimizer


def deepspeed_config(settings: DistributedSettings) -> dict[str, Any]:
    """A ZeRO-0/2/3 DeepSpeed config whose "auto" values HF's integration fills from the TRL stage config."""
    zero: dict[str, Any] = {
        "stage": settings.zero_stage,
        "overlap_comm": False,
        "contiguous_gradients": True,
        "reduce_bucket_size": "auto",
    }
    if settings.zero_stage == 3:
        zero.update(
            {
                "stage3_prefetch_bucket_size": "auto",
                "stage3_param_persistence_threshold": "auto",
                # trainer.save_model then writes real weights; without it ZeRO-3 saves empty tensors.
                "stage3_gather_16bit_weights_on_model_save": True,
            }
        )
    config: dict[str, Any] = {
        "train_micro_batch_size_per_gpu": "auto",
        "train_batch_size": "auto",
        "gradient_accumulation_steps": "auto",
        "gradient_clipping": "auto",
        "bf16": {"enabled": "auto"},
        "fp16": {"enabled": "auto"},
        "zero_optimization": zero,
    }
    if settings.offload_optimizer:
        zero["offload_optimizer"] = {"device": "cpu", "pin_memory": False}
        # DeepSpeed's CPU Adam steps the offloaded optimizer states; the HF Trainer's torch AdamW
        # would be refused with offload.
        config["optimizer"] = {
            "type": "AdamW",
            "params": {"lr": "auto", "betas": "auto", "eps": "auto", "weight_decay": "auto"},
        }
    return config


def write_deepspeed_config(settings: DistributedSettings, path: str | Path) -> Path:
    """Write `deepspeed_config(settings)` as JSON to `path`; return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(deepspeed_config(settings), indent=2) + "\n")
    return target


def read_hostfile(hostfile: str | Path) -> str:
    """The text of a hostfile that is a regular file of at most MAX_HOSTFILE_BYTES; ValueError otherwise.

    A device (/dev/zero) or a huge file would be read whole into the worker, which in the embedded default is
    the web process; a FIFO would block it. O_NONBLOCK lets the check run before any read can wait."""
    fd = os.open(hostfile, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError(f"hostfile {Path(hostfile).name!r} is not a regular file")
        data = handle.read(MAX_HOSTFILE_BYTES + 1)
    if len(data) > MAX_HOSTFILE_BYTES:
        raise ValueError(f"hostfile {Path(hostfile).name!r} is larger than {MAX_HOSTFILE_BYTES} bytes")
    return data.decode("utf-8", errors="replace")


def hostfile_machines(hostfile: str | Path) -> int:
    """Machines a DeepSpeed hostfile names: one per non-blank line that is not a comment."""
    lines = read_hostfile(hostfile).splitlines()
    return sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))


def free_port() -> int:
    """A TCP port nobody listens on now, for the rendezvous of the ranks."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _deepspeed_config_path(config_path: str | Path) -> str:
    path = json.loads(Path(config_path).read_text()).get("deepspeed_config")
    if not path:
        raise ValueError(f"{config_path}: deepspeed_config must name a DeepSpeed config file for this launch")
    return str(path)


def launch_command(
    config_path: str | Path,
    events_path: str | Path,
    settings: DistributedSettings,
    *,
    python: str = sys.executable,
) -> list[str]:
    """The command that trains the RunConfig JSON at `config_path` and appends events to `events_path`.

    One plain process runs `python -m training.ml.launch` directly. Otherwise `accelerate launch`
    starts the ranks with DeepSpeed, using the config file the RunConfig names in `deepspeed_config`
    (the same file TRL gets as `deepspeed=`).
    """
    script = ["-m", LAUNCH_MODULE, "--config", str(config_path), "--events", str(events_path)]
    if not uses_deepspeed(settings):
        return [python, *script]
    command = [python, "-m", "accelerate.commands.launch", "--quiet"]
    command += ["--num_processes", str(settings.num_processes), "--use_deepspeed"]
    command += ["--deepspeed_config_file", _deepspeed_config_path(config_path)]
    command += ["--main_process_port", str(free_port())]
    if settings.hostfile:
        command += [
            "--num_machines",
            str(hostfile_machines(settings.hostfile)),
            "--deepspeed_hostfile",
            str(settings.hostfile),
            "--deepspeed_multinode_launcher",
            MULTINODE_LAUNCHER,
        ]
    else:
        command += ["--num_machines", "1"]
    return [*command, *script]


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask, which containers narrow), not all the host has."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def launch_env(base_env: dict[str, str], cache_dir: str | Path, *, num_processes: int = 1) -> dict[str, str]:
    """`base_env` plus what a launch needs: a kept cache for DeepSpeed's compiled ops, threads split among ranks."""
    env = dict(base_env)
    # DeepSpeed compiles a shared-memory op with g++ on first use (~25 s); kept here, it compiles once.
    env["TORCH_EXTENSIONS_DIR"] = str(Path(cache_dir) / "torch_extensions")
    env["OMP_NUM_THREADS"] = str(max(1, usable_cpus() // max(1, num_processes)))
    env["PYTHONUNBUFFERED"] = "1"
    env["TOKENIZERS_PARALLELISM"] = "false"
    return env
