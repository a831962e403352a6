#!/usr/bin/python3
"""A real FTP server for the publish tests (Debian's python3-pyftpdlib), on 127.0.0.1
and a free port, which it prints as "port N" once it listens.

    ftp_server.py ROOT [--tls CERT KEY] [--slow BYTES_PER_SECOND]

The account is user "council", password "secret", with ROOT as its folder. --tls
requires explicit TLS (AUTH TLS) on control and data connections. --slow throttles
uploads so that a test can interrupt a publish in the middle.
"""
import argparse
import logging
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, ThrottledDTPHandler
from pyftpdlib.log import config_logging
from pyftpdlib.servers import FTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--slow", type=int)
    args = parser.parse_args()
    config_logging(level=logging.WARNING)
    authorizer = DummyAuthorizer()
    authorizer.add_user("council", "secret", args.root, perm="elradfmwMT")
    handler = FTPHandler
    if args.tls:
        from pyftpdlib.handlers import TLS_FTPHandler
        handler = TLS_FTPHandler
        handler.certfile, handler.keyfile = args.tls
        handler.tls_control_required = True
        handler.tls_data_required = True
    handler.authorizer = authorizer
    if args.slow:
        dtp = ThrottledDTPHandler
        dtp.read_limit = args.slow
        handler.dtp_handler = dtp
    server = FTPServer(("127.0.0.1", 0), handler)
    print("port", server.address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
