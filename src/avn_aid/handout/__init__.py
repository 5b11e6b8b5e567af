"""The patient handout: content as data, then a PDF rendered with reportlab."""
