"""The pathway format, the plain data the core runs on, the patient, statuses, test cases."""

# Importing the package imports none of its modules, so a start that needs only the plain
# data (`runtime`) never loads pydantic (`pathway`).
