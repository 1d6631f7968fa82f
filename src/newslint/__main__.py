"""``python -m newslint``: the same command line as the ``newslint`` script."""
from newslint.cli import main

if __name__ == "__main__":
    main(prog_name="newslint")
