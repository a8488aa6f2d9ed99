// babel-preset-taro compiles TS + JSX for both weapp and h5 builds.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
