/** WeChat draws the navigation bar, with its own back button. */
export const BackBar = () => null
