// pdf.js ships no types for its worker module; the command line only runs it for its effect.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
