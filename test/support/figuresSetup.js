/** Gives the run an id shared with the test workers, so their figures land in one file. */
module.exports = async () => {
  process.env.LOKET_FIGURES_RUN = `${Date.now()}-${process.pid}`;
};
