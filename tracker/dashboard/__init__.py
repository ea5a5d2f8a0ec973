"""The Streamlit dashboard: `streamlit run tracker/dashboard/app.py` (or `tracker dashboard`).

`app.py` wires the pages; `data.py` holds the cached store reads; `highlight.py` the verdict
colours and escaped highlighting; `ui.py` the pieces several pages share.
"""
