"""The pathway format (pydantic, `pathway`), the plain data the core runs on (`runtime`),
the patient, statuses and test cases. Importing the package imports none of them, so a
start that needs only the plain data never loads pydantic."""
