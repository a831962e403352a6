#!/usr/bin/env python3
# Runs a command with a pseudo-terminal as its standard input, output and error, and
# prints all it wrote (for scripts/test-windows). Under Wine a program started on a
# terminal gets a real Windows console (Wine's conhost, drawn onto the terminal with
# escape codes), so GetConsoleMode, virtual-terminal processing and WriteConsoleW work
# as in a Windows console, headless.
#   console_run.py COMMAND [ARGUMENT...]
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
process = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
written = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:  # the terminal closed: the program ended
        break
    if not chunk:
        break
    written += chunk
sys.stdout.buffer.write(written)
sys.exit(process.wait())
